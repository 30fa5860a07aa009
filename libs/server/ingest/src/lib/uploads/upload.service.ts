import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UploadDiff, UploadReport, UploadView } from '@vielfalt/contracts';
import { type Actor, ApiException } from '@vielfalt/server-api';
import { AuditLog, CatalogueStore } from '@vielfalt/server-persistence';
import { type RawCellBuffer, RawCellStore, type UploadRow } from '@vielfalt/server-raw-cells';
import { createHash, randomUUID } from 'node:crypto';
import { open, rm, stat } from 'node:fs/promises';
import { DataSource, type EntityManager } from 'typeorm';
import { checkUpload, type CheckOutcome } from '../checking/upload-checker';
import { ProblemList } from '../checking/problems';
import { openUploadTable, UploadFileError } from '@vielfalt/server-table-reading';
import { diffUploads } from './upload-diff';
import { INGEST_OPTIONS, type IngestOptions } from './ingest-options';
import { toUploadReport, toUploadView } from './upload-view';
import type { TemplateContent } from './upload-template';

/** A file as it arrived: where it waits on disk and what the user called it. */
export interface ReceivedFile {
  readonly path: string;
  readonly originalName: string;
}

const notFound = (id: string) => new ApiException(HttpStatus.NOT_FOUND, 'not_found', `No upload ${id}.`);
const conflict = (message: string) => new ApiException(HttpStatus.CONFLICT, 'conflict', message);

/**
 * HR's upload: check a file (nothing visible changes), commit it (its data become current for
 * its units, in one transaction), compare, roll back. Nothing is ever deleted; every step is audited.
 */
@Injectable()
export class UploadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(INGEST_OPTIONS) private readonly options: IngestOptions,
    private readonly catalogue: CatalogueStore,
    private readonly rawCells: RawCellStore,
    private readonly auditLog: AuditLog,
  ) {}

  /** Reads and checks a file and records the upload with its report; a clean file's cells are stored, not yet current. */
  async check(file: ReceivedFile, actor: Actor): Promise<UploadReport> {
    try {
      const bytes = (await stat(file.path)).size;
      const sha256 = await fileSha256(file.path);
      const uploadId = await this.dataSource.transaction(async (db) => {
        if (!db.queryRunner) throw new Error('COPY needs the transaction of a query runner');
        const id = randomUUID();
        // The cells are written while the file is still being read and checked: PostgreSQL stores them
        // at the same time, not afterwards. A file that turns out to have errors takes them back.
        await db.query('SAVEPOINT cells_of_check');
        const copy = await this.rawCells.copyCells(id, db.queryRunner);
        let read: { outcome: CheckOutcome; format: 'csv' | 'xlsx' | null };
        try {
          read = await this.read(file, (cells) => copy.write(cells));
          await copy.end();
        } catch (error) {
          await copy.abort(error);
          throw error;
        }
        const { outcome, format } = read;
        const problems = outcome.problems;
        const status = problems.errors > 0 ? 'rejected' : 'checked';
        if (status === 'rejected') await db.query('ROLLBACK TO SAVEPOINT cells_of_check');
        const periodId = outcome.catalogue?.period.id ?? null;
        await this.rawCells.insertUpload(
          {
            id,
            periodId,
            fileName: file.originalName,
            fileFormat: format,
            fileSha256: sha256,
            fileBytes: bytes,
            uploadedBy: actor,
            status,
            dataRows: outcome.dataRows,
            unitCount: outcome.unitCount,
            errorCount: problems.errors,
            warningCount: problems.warnings,
            problems: problems.list(),
            checkedAgainst: periodId === null ? 0 : await this.rawCells.periodVersion(periodId, db),
          },
          db,
        );
        await this.auditLog.record(
          {
            action: 'upload.check',
            outcome: status === 'checked' ? 'success' : 'failure',
            actorUserId: actor.id,
            actorName: actor.name,
            // No counts of rows or problems: with rows of 0 left out, they depend on the answers (the council
            // reads this log; HR sees the report).
            details: {
              uploadId: id,
              fileName: file.originalName,
              period: outcome.catalogue?.period.key ?? null,
            },
          },
          db,
        );
        return id;
      });
      return toUploadReport(await this.mustFind(uploadId));
    } finally {
      await rm(file.path, { force: true });
    }
  }

  /** Makes a checked upload's data current for its units; refused if the period changed since the check. */
  async commit(uploadId: string, actor: Actor): Promise<UploadView> {
    await this.dataSource.transaction(async (db) => {
      const upload = await this.mustFind(uploadId, db);
      if (upload.status !== 'checked' || upload.periodId === null) {
        throw conflict(
          upload.status === 'committed'
            ? 'This upload is committed already.'
            : 'A file with errors cannot be committed.',
        );
      }
      await this.rawCells.lockPeriod(upload.periodId, db);
      if ((await this.rawCells.periodVersion(upload.periodId, db)) !== upload.checkedAgainst) {
        throw conflict(
          `Since this file was checked, other data of period ${upload.periodKey} were committed or rolled back. ` +
            'Check the file again, then commit.',
        );
      }
      const units = await this.rawCells.unitsOf(uploadId, db);
      await this.rawCells.activate(
        upload.periodId,
        units.map((unitId) => ({ unitId, uploadId })),
        'commit',
        actor.name,
        db,
      );
      await this.rawCells.markCommitted(uploadId, actor.name, db);
      await this.audit('upload.commit', actor, { uploadId, period: upload.periodKey, units: units.length }, db);
    });
    return toUploadView(await this.mustFind(uploadId));
  }

  /**
   * Returns a period to its state right after `uploadId` was committed: every unit changed since
   * gets back the data it had then (or none). Recorded as new activations; nothing is deleted.
   */
  async rollBackTo(uploadId: string, actor: Actor): Promise<UploadView> {
    await this.dataSource.transaction(async (db) => {
      const upload = await this.mustFind(uploadId, db);
      if (upload.status !== 'committed' || upload.periodId === null) {
        throw conflict('Only a committed upload can be rolled back to.');
      }
      await this.rawCells.lockPeriod(upload.periodId, db);
      const committedAt = (await this.rawCells.commitSeq(uploadId, db)) as number;
      const then = await this.rawCells.stateAt(upload.periodId, committedAt, db);
      const now = await this.rawCells.stateAt(upload.periodId, Number.MAX_SAFE_INTEGER, db);
      const changes = [...now.keys()]
        .filter((unitId) => (then.get(unitId) ?? null) !== now.get(unitId))
        .map((unitId) => ({ unitId, uploadId: then.get(unitId) ?? null }));
      if (changes.length === 0) throw conflict('The data of this period are already as this upload left them.');
      await this.rawCells.activate(upload.periodId, changes, 'rollback', actor.name, db);
      await this.audit('upload.rollback', actor, { uploadId, period: upload.periodKey, units: changes.length }, db);
    });
    return toUploadView(await this.mustFind(uploadId));
  }

  /** What the template of a period lists (units to report, every category); not_found for an unknown period. */
  async templateContent(periodKey: string): Promise<TemplateContent> {
    const period = (await this.catalogue.periods()).find((candidate) => candidate.key === periodKey);
    if (!period) throw new ApiException(HttpStatus.NOT_FOUND, 'not_found', `No period "${periodKey}".`);
    const [units, attributes, dimensions] = await Promise.all([
      this.catalogue.units(period.referenceDate),
      this.catalogue.attributes(),
      this.catalogue.dimensions(),
    ]);
    return { period, units, attributes, dimensions };
  }

  async history(periodKey?: string): Promise<UploadView[]> {
    return (await this.rawCells.uploads(periodKey)).map(toUploadView);
  }

  async report(uploadId: string): Promise<UploadReport> {
    return toUploadReport(await this.mustFind(uploadId));
  }

  async diff(fromId: string, toId: string): Promise<UploadDiff> {
    await Promise.all([this.mustFind(fromId), this.mustFind(toId)]);
    const [before, after] = await Promise.all([this.rawCells.namedCells(fromId), this.rawCells.namedCells(toId)]);
    return diffUploads(fromId, before, toId, after);
  }

  private async read(
    file: ReceivedFile,
    storeCells: (cells: RawCellBuffer) => Promise<void>,
  ): Promise<{ outcome: CheckOutcome; format: 'csv' | 'xlsx' | null }> {
    try {
      const table = await openUploadTable(file, { maxBytes: this.options.maxUploadBytes });
      const outcome = await checkUpload(table, (key) => this.catalogue.periodCatalogue(key), storeCells);
      return { outcome, format: table.format };
    } catch (error) {
      if (!(error instanceof UploadFileError)) throw error;
      return { outcome: unreadable(error), format: null };
    }
  }

  private async mustFind(uploadId: string, db?: EntityManager): Promise<UploadRow> {
    if (!/^[0-9a-f-]{36}$/i.test(uploadId)) throw notFound(uploadId);
    const upload = await this.rawCells.upload(uploadId, db);
    if (!upload) throw notFound(uploadId);
    return upload;
  }

  private async audit(
    action: 'upload.commit' | 'upload.rollback',
    actor: Actor,
    details: Record<string, unknown>,
    db: EntityManager,
  ) {
    await this.auditLog.record(
      { action, outcome: 'success', actorUserId: actor.id, actorName: actor.name, details },
      db,
    );
  }
}

function unreadable(error: UploadFileError): CheckOutcome {
  const problems = new ProblemList();
  problems.addFound(error.problems);
  return { catalogue: null, dataRows: 0, unitCount: 0, problems };
}

async function fileSha256(path: string): Promise<string> {
  // One buffer for the whole file: see containsQuote in table-reading's csv-rows.ts for why not a stream.
  const hash = createHash('sha256');
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return hash.digest('hex');
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await file.close();
  }
}
