import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  informationLossView,
  releaseAuditView,
  type InformationLossView,
  type ReleaseAuditView,
  type ReleaseFigureView,
  type ReleaseTableSummary,
  type ReleaseView,
  type SuppressionReason,
  type UnitWithoutBreakdownView,
} from '@vielfalt/contracts';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';

/** A release about to be stored (its figures follow with {@link ReleaseStore.copyFigures}). */
export interface NewRelease {
  readonly periodId: number;
  readonly version: number;
  readonly publishedBy: { readonly id: string | null; readonly name: string };
  readonly note: string | null;
  readonly dataVersion: number;
  readonly k: number;
  readonly minRespondents: number;
  readonly informationLoss: InformationLossView;
  readonly tables: readonly ReleaseTableSummary[];
  readonly unitsWithoutBreakdown: readonly UnitWithoutBreakdownView[];
  readonly audit: ReleaseAuditView;
}

/** One figure to store: the shape of the disclosure library's `ProtectedFigure`. */
export interface NewReleaseFigure {
  readonly id: string;
  readonly measure: 'headcount' | 'respondents' | 'answers';
  readonly unit: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly category?: string;
  readonly chosen?: boolean;
  readonly category2?: string;
  /** null exactly when suppressed. */
  readonly value: number | null;
  readonly suppression?: SuppressionReason;
}

/**
 * What one earlier version of a period published: the values it showed and the ids it suppressed, with the data
 * version and the settings it was computed from.
 */
export interface PublishedVersion {
  readonly version: number;
  readonly dataVersion: number;
  readonly parameters: { readonly k: number; readonly minRespondents: number };
  readonly published: { readonly id: string; readonly value: number }[];
  readonly suppressed: string[];
}

/** The newest release of a period, as publishing needs it. */
export interface LatestRelease {
  readonly version: number;
  readonly dataVersion: number;
  readonly k: number;
  readonly minRespondents: number;
}

const RELEASE_COLUMNS = `r.id, p.key AS "periodKey", r.version, r.published_at AS "publishedAt",
  r.published_by_name AS "publishedBy", r.note, r.data_version::int AS "dataVersion", r.k,
  r.min_respondents AS "minRespondents", r.information_loss AS "informationLoss", r.tables,
  r.units_without_breakdown AS "unitsWithoutBreakdown", r.audit,
  r.version < (SELECT MAX(n.version) FROM release n WHERE n.period_id = r.period_id) AS superseded`;

type ReleaseRow = Omit<ReleaseView, 'publishedAt' | 'settings'> & {
  publishedAt: Date;
  k: number;
  minRespondents: number;
};

// Releases stored before 6 December 2026 hold more than readers may see (a split by reason, audit details).
const toView = ({
  k,
  minRespondents,
  publishedAt,
  informationLoss,
  tables,
  audit,
  ...row
}: ReleaseRow): ReleaseView => ({
  ...row,
  audit: releaseAuditView(audit),
  publishedAt: publishedAt.toISOString(),
  settings: { k, minRespondents },
  informationLoss: informationLossView(informationLoss),
  tables: tables.map((table) => ({ ...table, informationLoss: informationLossView(table.informationLoss) })),
});

// Text format of COPY: backslash, tab and line breaks escaped, \N for NULL.
const copyText = (text: string | null | undefined): string =>
  text === null || text === undefined
    ? '\\N'
    : text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

/**
 * Stores and reads releases: the protected, immutable snapshots that every chart and export reads. The
 * tables are append-only (triggers); a correction is a new version. Reads default to the pool.
 */
@Injectable()
export class ReleaseStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async latest(periodId: number, db: EntityManager = this.dataSource.manager): Promise<LatestRelease | null> {
    const rows: LatestRelease[] = await db.query(
      `SELECT version, data_version::int AS "dataVersion", k, min_respondents AS "minRespondents"
       FROM release WHERE period_id = $1 ORDER BY version DESC LIMIT 1`,
      [periodId],
    );
    return rows[0] ?? null;
  }

  /** Every version of a period published so far, oldest first, with its published values and suppressed ids. */
  async publishedVersions(periodId: number, db: EntityManager = this.dataSource.manager): Promise<PublishedVersion[]> {
    const releases: { id: string; version: number; dataVersion: number; k: number; minRespondents: number }[] =
      await db.query(
        `SELECT id, version, data_version::int AS "dataVersion", k, min_respondents AS "minRespondents"
         FROM release WHERE period_id = $1 ORDER BY version`,
        [periodId],
      );
    const versions: PublishedVersion[] = [];
    for (const release of releases) {
      const figures: { id: string; value: number | null }[] = await db.query(
        'SELECT figure_id AS id, value FROM release_figure WHERE release_id = $1',
        [release.id],
      );
      versions.push({
        version: release.version,
        dataVersion: release.dataVersion,
        parameters: { k: release.k, minRespondents: release.minRespondents },
        published: figures.flatMap((f) => (f.value === null ? [] : [{ id: f.id, value: f.value }])),
        suppressed: figures.flatMap((f) => (f.value === null ? [f.id] : [])),
      });
    }
    return versions;
  }

  async insertRelease(release: NewRelease, db: EntityManager): Promise<string> {
    const [{ id }] = await db.query(
      `INSERT INTO release (period_id, version, published_by, published_by_name, note, data_version, k, min_respondents,
                            information_loss, tables, units_without_breakdown, audit)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        release.periodId,
        release.version,
        release.publishedBy.id,
        release.publishedBy.name,
        release.note,
        release.dataVersion,
        release.k,
        release.minRespondents,
        JSON.stringify(release.informationLoss),
        JSON.stringify(release.tables),
        JSON.stringify(release.unitsWithoutBreakdown),
        JSON.stringify(release.audit),
      ],
    );
    return id;
  }

  /** Writes a release's figures with COPY on the transaction's own connection. */
  async copyFigures(
    releaseId: string,
    tables: readonly { readonly id: string; readonly figures: readonly NewReleaseFigure[] }[],
    runner: QueryRunner,
  ): Promise<void> {
    const client = (await runner.connect()) as PoolClient;
    const copy = client.query(
      copyFrom(
        `COPY release_figure (release_id, table_id, ordinal, figure_id, measure, unit_code, attributes, category,
                              chosen, category2, value, suppression) FROM STDIN`,
      ),
    );
    await pipeline(Readable.from(figureLines(releaseId, tables), { objectMode: false }), copy);
  }

  async markPeriodPublished(periodId: number, db: EntityManager): Promise<void> {
    await db.query(`UPDATE period SET status = 'published' WHERE id = $1`, [periodId]);
  }

  /** Newest first: all periods' releases, or one period's. */
  async releases(periodKey?: string, db: EntityManager = this.dataSource.manager): Promise<ReleaseView[]> {
    const rows: ReleaseRow[] = await db.query(
      `SELECT ${RELEASE_COLUMNS} FROM release r JOIN period p ON p.id = r.period_id
       WHERE $1::text IS NULL OR p.key = $1
       ORDER BY r.published_at DESC, p.reference_date DESC, r.version DESC`,
      [periodKey ?? null],
    );
    return rows.map(toView);
  }

  async release(id: string, db: EntityManager = this.dataSource.manager): Promise<ReleaseView | null> {
    const rows: ReleaseRow[] = await db.query(
      `SELECT ${RELEASE_COLUMNS} FROM release r JOIN period p ON p.id = r.period_id WHERE r.id = $1`,
      [id],
    );
    return rows[0] ? toView(rows[0]) : null;
  }

  /** The newest version of a period, which every dashboard and export reads; null if it has none. */
  async current(periodKey: string, db: EntityManager = this.dataSource.manager): Promise<ReleaseView | null> {
    const rows: ReleaseRow[] = await db.query(
      `SELECT ${RELEASE_COLUMNS} FROM release r JOIN period p ON p.id = r.period_id
       WHERE p.key = $1 ORDER BY r.version DESC LIMIT 1`,
      [periodKey],
    );
    return rows[0] ? toView(rows[0]) : null;
  }

  /** One table's figures, in the order the release builder produced them. */
  async figures(
    releaseId: string,
    tableId: string,
    db: EntityManager = this.dataSource.manager,
  ): Promise<ReleaseFigureView[]> {
    return db.query(
      `SELECT figure_id AS id, measure, unit_code AS "unitCode", attributes, category, chosen, category2, value
       FROM release_figure WHERE release_id = $1 AND table_id = $2 ORDER BY ordinal`,
      [releaseId, tableId],
    );
  }
}

/** The figures as COPY text, 10,000 lines per chunk. */
function* figureLines(
  releaseId: string,
  tables: readonly { readonly id: string; readonly figures: readonly NewReleaseFigure[] }[],
): Generator<string> {
  let text = '';
  let lines = 0;
  for (const table of tables) {
    const tableId = copyText(table.id);
    for (let ordinal = 0; ordinal < table.figures.length; ordinal++) {
      const figure = table.figures[ordinal];
      const suppressed = figure.value === null;
      if (suppressed !== (figure.suppression != null)) {
        throw new Error(`Figure ${figure.id} must have either a value or a suppression reason`);
      }
      text +=
        `${releaseId}\t${tableId}\t${ordinal}\t${copyText(figure.id)}\t${figure.measure}\t${copyText(figure.unit)}\t` +
        `${copyText(JSON.stringify(figure.attributes))}\t${copyText(figure.category)}\t` +
        `${figure.chosen == null ? '\\N' : String(figure.chosen)}\t${copyText(figure.category2)}\t` +
        `${suppressed ? '\\N' : String(figure.value)}\t${copyText(figure.suppression)}\n`;
      if (++lines === 10_000) {
        yield text;
        text = '';
        lines = 0;
      }
    }
  }
  if (text !== '') yield text;
}
