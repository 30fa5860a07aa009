import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  informationLossView,
  type InformationLossView,
  type ProtectionSettings,
  type PublishReleaseRequest,
  type ReleaseAuditView,
  type ReleaseFigures,
  type ReleasePreview,
  type ReleaseTableSummary,
  type ReleaseView,
  type UnitWithoutBreakdownView,
} from '@vielfalt/contracts';
import type { ProtectionResult } from '@vielfalt/disclosure';
import { type Actor, ApiException } from '@vielfalt/server-api';
import {
  type AttributeRow,
  AuditLog,
  CatalogueStore,
  type DimensionRow,
  type OrgUnitRow,
  type PeriodRow,
  ProtectionSettingsStore,
  ReleaseStore,
} from '@vielfalt/server-persistence';
import { RawCellStore } from '@vielfalt/server-raw-cells';
import { DataSource, type EntityManager } from 'typeorm';
import { buildProtectionInput, type CurrentCell, type EarlierVersionData } from './protection-input';
import { ProtectionRunner } from './protection-runner';
import { inputRefusal, PublishRefused, raced, uniqueViolation } from './release-refusals';

/** Everything a period's release is computed from, read in one transaction. */
interface PeriodSnapshot {
  readonly period: PeriodRow;
  readonly dataVersion: number;
  readonly cells: CurrentCell[];
  readonly units: OrgUnitRow[];
  readonly attributes: AttributeRow[];
  readonly dimensions: DimensionRow[];
  readonly settings: ProtectionSettings;
  /** The versions published before, each with the cells it was computed from. */
  readonly earlier: EarlierVersionData[];
}

/** A release computed from a period's current data, not (yet) stored. */
interface ComputedRelease {
  readonly period: PeriodRow;
  readonly version: number;
  readonly dataVersion: number;
  readonly settings: ProtectionSettings;
  readonly earlierVersions: number;
  readonly result: ProtectionResult;
  readonly informationLoss: InformationLossView;
  readonly tables: ReleaseTableSummary[];
  readonly unitsWithoutBreakdown: UnitWithoutBreakdownView[];
  readonly audit: ReleaseAuditView;
}

const notFound = (message: string) => new ApiException(HttpStatus.NOT_FOUND, 'not_found', message);

/**
 * Releases: builds one period's protected release from its current raw cells (only here and in ingest are raw
 * cells read), previews it, publishes it as an immutable new version protected jointly with the versions before
 * it, and reads what was published. Every step is audited; no suppressed value is returned, stored or logged.
 */
@Injectable()
export class ReleaseService {
  private readonly logger = new Logger(ReleaseService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueStore,
    private readonly rawCells: RawCellStore,
    private readonly releases: ReleaseStore,
    private readonly settings: ProtectionSettingsStore,
    private readonly auditLog: AuditLog,
    private readonly runner: ProtectionRunner,
  ) {}

  /** What publishing the period now would give; stores nothing but the audit event. */
  async preview(periodKey: string, actor: Actor): Promise<ReleasePreview> {
    const period = await this.period(periodKey);
    // One consistent snapshot of data, catalogue, settings and earlier versions.
    const snapshot = await this.dataSource.transaction('REPEATABLE READ', (db) => this.read(period, db));
    const computed = await this.compute(snapshot);
    await this.auditLog.record({
      action: 'release.preview',
      outcome: 'success',
      actorUserId: actor.id,
      actorName: actor.name,
      // Nothing computed from the data: they may never be published (a preview before HR rolls back).
      details: what(computed),
    });
    return {
      periodKey: period.key,
      version: computed.version,
      dataVersion: computed.dataVersion,
      settings: computed.settings,
      informationLoss: computed.informationLoss,
      tables: computed.tables,
      unitsWithoutBreakdown: computed.unitsWithoutBreakdown,
      audit: computed.audit,
      earlierVersions: computed.earlierVersions,
    };
  }

  /**
   * Publishes the period's current data as its next release version, with the period locked: refused if the
   * data changed since the preview (`release_data_changed`), if the settings did (`release_settings_changed`, when
   * the request names the preview's settings), if nothing changed since the last version
   * (`release_already_published`), if a correction has no note (`release_note_required`), if the protection
   * audit does not pass (`release_audit_failed`, 422), or if another publication won (`release_version_conflict`).
   */
  async publish(request: PublishReleaseRequest, actor: Actor): Promise<ReleaseView> {
    const period = await this.period(request.periodKey);
    let releaseId: string;
    try {
      releaseId = await this.dataSource.transaction(async (db) => {
        await this.rawCells.lockPeriod(period.id, db);
        const dataVersion = await this.rawCells.periodVersion(period.id, db);
        if (dataVersion !== request.dataVersion) {
          // Data versions only grow: one above the current was never a preview's.
          const message =
            request.dataVersion > dataVersion
              ? `Period ${period.key} has no data version ${request.dataVersion} (its data are at version ` +
                `${dataVersion}). Publish the data version the preview shows.`
              : `The data of period ${period.key} changed since the preview (data version ${request.dataVersion}, ` +
                `now ${dataVersion}). Look at the preview again, then publish.`;
          throw new PublishRefused(HttpStatus.CONFLICT, 'release_data_changed', 'data_changed', message, 'dataVersion');
        }
        const latest = await this.releases.latest(period.id, db);
        const settings = await this.settings.current(db);
        if (
          request.settings &&
          (request.settings.k !== settings.k || request.settings.minRespondents !== settings.minRespondents)
        ) {
          throw new PublishRefused(
            HttpStatus.CONFLICT,
            'release_settings_changed',
            'settings_changed',
            `The protection settings changed since the preview (k = ${request.settings.k}, minimum ` +
              `${request.settings.minRespondents}; now k = ${settings.k}, minimum ${settings.minRespondents}). ` +
              'Look at the preview again, then publish.',
            'settings',
          );
        }
        if (
          latest &&
          latest.dataVersion === dataVersion &&
          latest.k === settings.k &&
          latest.minRespondents === settings.minRespondents
        ) {
          throw new PublishRefused(
            HttpStatus.CONFLICT,
            'release_already_published',
            'already_published',
            `Version ${latest.version} of period ${period.key} was published from these very data and settings; ` +
              'a new version needs corrected data or changed settings.',
          );
        }
        const note = request.note?.trim() || null;
        if (latest && note === null) {
          throw new PublishRefused(
            HttpStatus.BAD_REQUEST,
            'release_note_required',
            'note_missing',
            `Period ${period.key} has been published before: say in a note why version ${latest.version + 1} corrects it.`,
            'note',
          );
        }
        const computed = await this.compute(await this.read(period, db));
        if (!computed.result.audit.passed) {
          const unprotected = computed.result.audit.unprotected;
          throw new PublishRefused(
            HttpStatus.UNPROCESSABLE_ENTITY,
            'release_audit_failed',
            'audit_failed',
            // Not which figures: each of them is below k.
            `The protection audit found ${unprotected.length} figure(s) of period ${period.key} that could be ` +
              `narrowed below the protection interval; nothing was published. Please report this with the ` +
              `period and data version ${computed.dataVersion}.`,
          );
        }
        const id = await this.releases.insertRelease(
          {
            periodId: period.id,
            version: computed.version,
            publishedBy: actor,
            note,
            dataVersion,
            k: computed.settings.k,
            minRespondents: computed.settings.minRespondents,
            informationLoss: computed.informationLoss,
            tables: computed.tables,
            unitsWithoutBreakdown: computed.unitsWithoutBreakdown,
            audit: computed.audit,
          },
          db,
        );
        if (!db.queryRunner) throw new Error('COPY needs the transaction of a query runner');
        await this.releases.copyFigures(id, computed.result.tables, db.queryRunner);
        await this.releases.markPeriodPublished(period.id, db);
        await this.auditLog.record(
          {
            action: 'release.publish',
            outcome: 'success',
            actorUserId: actor.id,
            actorName: actor.name,
            details: { releaseId: id, ...what(computed), ...sizes(computed), note },
          },
          db,
        );
        return id;
      });
    } catch (error) {
      const refusal = error instanceof PublishRefused ? error : uniqueViolation(error) ? raced(period) : null;
      // Every failed publication is on record, an unexpected one too (its error goes to the log, not the record).
      await this.auditLog
        .record({
          action: 'release.publish',
          outcome: 'failure',
          actorUserId: actor.id,
          actorName: actor.name,
          details: {
            period: period.key,
            dataVersion: request.dataVersion,
            reason: refusal?.reason ?? 'internal_error',
          },
        })
        .catch((auditError: unknown) => {
          if (refusal) throw auditError;
          this.logger.error(auditError instanceof Error ? auditError.stack : String(auditError));
        });
      throw refusal ?? error;
    }
    return (await this.releases.release(releaseId)) as ReleaseView;
  }

  /** Newest first, all periods or one. */
  releaseList(periodKey?: string): Promise<ReleaseView[]> {
    return this.releases.releases(periodKey);
  }

  async release(id: string): Promise<ReleaseView> {
    const release = await this.releases.release(id);
    if (!release) throw notFound(`No release ${id}.`);
    return release;
  }

  async current(periodKey: string): Promise<ReleaseView> {
    const release = await this.releases.current(periodKey);
    if (!release) throw notFound(`Period ${periodKey} has no published release.`);
    return release;
  }

  async figures(releaseId: string, tableId: string): Promise<ReleaseFigures> {
    const release = await this.release(releaseId);
    if (!release.tables.some((table) => table.id === tableId)) {
      throw notFound(`Release ${releaseId} (period ${release.periodKey}) has no table ${tableId}.`);
    }
    return { releaseId, tableId, figures: await this.releases.figures(releaseId, tableId) };
  }

  private async period(periodKey: string): Promise<PeriodRow> {
    const period = (await this.catalogue.periods()).find((candidate) => candidate.key === periodKey);
    if (!period) throw notFound(`No period "${periodKey}".`);
    return period;
  }

  /** One consistent read of everything a period's release is computed from. */
  private async read(period: PeriodRow, db: EntityManager): Promise<PeriodSnapshot> {
    // One after the other: a transaction's queries share one connection.
    const dataVersion = await this.rawCells.periodVersion(period.id, db);
    const cells = await this.rawCells.currentCells(period.id, db);
    const units = await this.catalogue.units(period.referenceDate, db);
    const attributes = await this.catalogue.attributes(db);
    const dimensions = await this.catalogue.dimensions(db);
    const settings = await this.settings.current(db);
    const earlier: EarlierVersionData[] = [];
    for (const { dataVersion: itsData, ...version } of await this.releases.publishedVersions(period.id, db)) {
      // A correction of the settings only was computed from the current cells: no need to read them again.
      const itsCells = itsData === dataVersion ? cells : await this.rawCells.currentCells(period.id, db, itsData);
      earlier.push({ ...version, cells: itsCells });
    }
    return { period, dataVersion, cells, units, attributes, dimensions, settings, earlier };
  }

  /** Runs the protection on a period's data with its settings, jointly with the versions published before. */
  private async compute(snapshot: PeriodSnapshot): Promise<ComputedRelease> {
    const { period, dataVersion, earlier } = snapshot;
    const parameters = { k: snapshot.settings.k, minRespondents: snapshot.settings.minRespondents };
    let result: ProtectionResult;
    let unitNames: Map<string, string>;
    try {
      const built = buildProtectionInput({ ...snapshot, parameters, earlierVersions: earlier });
      unitNames = built.unitNames;
      result = await this.runner.run(built.input);
    } catch (error) {
      const refusal = inputRefusal(error, period);
      if (refusal) this.logger.warn(refusal.message);
      throw refusal ?? error;
    }
    return {
      period,
      version: (earlier.at(-1)?.version ?? 0) + 1,
      dataVersion,
      settings: parameters,
      earlierVersions: earlier.length,
      result,
      informationLoss: informationLossView(result.informationLoss),
      tables: result.tables.map((table) => ({
        id: table.id,
        kind: table.kind,
        dimension: table.dimension ?? null,
        dimension2: table.dimension2 ?? null,
        informationLoss: informationLossView(table.informationLoss),
      })),
      // By code, so that the preview and every version list them alike.
      unitsWithoutBreakdown: result.unitsWithoutBreakdown
        .map((unit) => ({ unitCode: unit.unit, unitName: unitNames.get(unit.unit) ?? unit.unit, reason: unit.reason }))
        .sort((a, b) => a.unitCode.localeCompare(b.unitCode, 'de', { numeric: true })),
      audit: {
        passed: result.audit.passed,
        unprotectedCount: result.audit.unprotected.length,
        narrowedByEarlierVersions: result.audit.exposedByEarlierVersions.length > 0,
      },
    };
  }
}

/** What the audit log keeps of any computed release: which period, version, data and settings. */
function what(computed: ComputedRelease): Record<string, unknown> {
  return {
    period: computed.period.key,
    version: computed.version,
    dataVersion: computed.dataVersion,
    k: computed.settings.k,
    minRespondents: computed.settings.minRespondents,
    earlierVersions: computed.earlierVersions,
  };
}

/** Sizes a published release shows anyway. */
function sizes(computed: ComputedRelease): Record<string, unknown> {
  return {
    figures: computed.informationLoss.figures,
    suppressed: computed.informationLoss.suppressed,
    unitsWithoutBreakdown: computed.unitsWithoutBreakdown.length,
  };
}
