import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ApiErrorDetail,
  AuditAction,
  CatalogueView,
  DimensionDefinition,
  DimensionVersionDefinition,
  OrgUnitDefinition,
  PeriodDefinition,
  StructuralAttributeDefinition,
} from '@vielfalt/contracts';
import { type Actor, ApiException } from '@vielfalt/server-api';
import { AuditLog, CatalogueStore } from '@vielfalt/server-persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { attributeProblems, dimensionProblems } from './catalogue-rules';
import { readUnitImport, type UnitImportRow } from './unit-import';
import { openUploadTable, UploadFileError } from '@vielfalt/server-table-reading';
import { rm } from 'node:fs/promises';

/** An organisation has thousands of units at most; its file is small. */
const UNIT_FILE_MAX_BYTES = 5 * 1024 * 1024;

const invalid = (message: string, details: ApiErrorDetail[]) =>
  new ApiException(HttpStatus.BAD_REQUEST, 'validation_failed', message, details);
const taken = (what: string, key: string, field = 'key') =>
  new ApiException(HttpStatus.CONFLICT, 'conflict', `${what} "${key}" exists already.`, [
    { field, value: key, message: `${what} "${key}" exists already.` },
  ]);

/** The catalogue's use cases: each change in one transaction, with its audit event. */
@Injectable()
export class CatalogueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: CatalogueStore,
    private readonly auditLog: AuditLog,
  ) {}

  async catalogue(): Promise<CatalogueView> {
    const [periods, attributes, dimensions] = await Promise.all([
      this.store.periods(),
      this.store.attributes(),
      this.store.dimensions(),
    ]);
    return {
      periods: periods.map(({ id: _id, ...period }) => period),
      attributes: attributes.map(({ id: _id, values, ...attribute }) => ({
        ...attribute,
        values: values.map(({ id: _valueId, ...value }) => value),
      })),
      dimensions: dimensions.map(({ id: _id, versions, ...dimension }) => ({
        ...dimension,
        versions: versions.map(({ id: _versionId, validFromDate: _date, categories, ...version }) => ({
          ...version,
          categories: categories.map(({ id: _categoryId, ...category }) => category),
        })),
      })),
    };
  }

  async units(at?: string): Promise<OrgUnitDefinition[]> {
    const units = await this.store.units(at);
    return units.map(({ code, name, parentCode, validFrom, validTo, successorCodes }) => ({
      code,
      name,
      parentCode,
      validFrom,
      validTo,
      successorCodes,
    }));
  }

  async createPeriod(period: PeriodDefinition, actor: Actor): Promise<void> {
    await this.change(actor, 'catalogue.period.create', { key: period.key }, async (db) => {
      const periods = await this.store.periods(db);
      if (periods.some((existing) => existing.key === period.key)) throw taken('The period', period.key);
      const sameDay = periods.find((existing) => existing.referenceDate === period.referenceDate);
      if (sameDay)
        throw taken(`The period ${sameDay.key} with the reference date`, period.referenceDate, 'referenceDate');
      await this.store.insertPeriod(period, db);
    });
  }

  async createAttribute(attribute: StructuralAttributeDefinition, actor: Actor): Promise<void> {
    const problems = attributeProblems(attribute);
    if (problems.length > 0) throw invalid('The structural attribute is not valid.', problems);
    await this.change(actor, 'catalogue.attribute.create', { key: attribute.key }, async (db) => {
      if ((await this.store.attributes(db)).some((existing) => existing.key === attribute.key)) {
        throw taken('The structural attribute', attribute.key);
      }
      await this.store.insertAttribute(attribute, db);
    });
  }

  async createDimension(dimension: DimensionDefinition, actor: Actor): Promise<void> {
    await this.change(actor, 'catalogue.dimension.create', { key: dimension.key }, async (db) => {
      if ((await this.store.dimensions(db)).some((existing) => existing.key === dimension.key)) {
        throw taken('The dimension', dimension.key);
      }
      const problems = dimensionProblems(dimension, await this.store.periods(db));
      if (problems.length > 0) throw invalid('The dimension is not valid.', problems);
      const id = await this.store.insertDimension(dimension, db);
      for (const version of dimension.versions) await this.store.insertDimensionVersion(id, version, db);
    });
  }

  /** A new version of a dimension's categories: earlier versions never change, so data keep their meaning. */
  async addDimensionVersion(key: string, version: DimensionVersionDefinition, actor: Actor): Promise<void> {
    await this.change(actor, 'catalogue.dimension.version', { key, version: version.version }, async (db) => {
      const dimension = (await this.store.dimensions(db)).find((existing) => existing.key === key);
      if (!dimension) throw new ApiException(HttpStatus.NOT_FOUND, 'not_found', `No dimension "${key}".`);
      const latest = dimension.versions[dimension.versions.length - 1];
      const problems = dimensionProblems(
        { ...dimension, versions: [version] },
        await this.store.periods(db),
        latest.version + 1,
        latest,
      ).map((problem) => ({ ...problem, field: problem.field?.replace(/^versions\.0\.?/, '') || undefined }));
      if (problems.length > 0) throw invalid('The version is not valid.', problems);
      await this.store.insertDimensionVersion(dimension.id, version, db);
    });
  }

  /** Reads an organisation-unit file (CSV or XLSX, as HR's uploads) and imports it. */
  async importUnitsFile(
    file: { path: string; originalName: string },
    actor: Actor,
  ): Promise<{ created: number; updated: number }> {
    try {
      const table = await openUploadTable(file, { maxBytes: UNIT_FILE_MAX_BYTES });
      const header = table.header.map((name) => name.trim().toLowerCase());
      const rows: UnitImportRow[] = [];
      for await (const { rowNumber, cells } of table.rows()) {
        rows.push({ row: rowNumber, cells: Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])) });
      }
      return await this.importUnits(header, rows, actor);
    } catch (error) {
      if (!(error instanceof UploadFileError)) throw error;
      throw invalid(
        'The file cannot be read.',
        error.problems.map((p) => ({
          row: p.row ?? undefined,
          column: p.column ?? undefined,
          value: p.value ?? undefined,
          message: p.message.en,
        })),
      );
    } finally {
      await rm(file.path, { force: true });
    }
  }

  /**
   * Creates and updates organisation units from an import (see `readUnitImport`): all rows or none.
   * Units not in the file stay as they are; nothing is deleted.
   */
  async importUnits(
    header: readonly string[],
    rows: readonly UnitImportRow[],
    actor: Actor,
  ): Promise<{ created: number; updated: number }> {
    let counts = { created: 0, updated: 0 };
    await this.change(
      actor,
      'catalogue.units.import',
      () => counts,
      async (db) => {
        const existing = await this.store.units(undefined, db);
        const { units, problems } = readUnitImport(header, rows, existing);
        if (problems.length > 0)
          throw invalid(`The file has ${problems.length} problem(s); nothing was imported.`, problems);
        const known = new Set(existing.map((unit) => unit.code));
        const created = units.filter((unit) => !known.has(unit.code)).length;
        counts = { created, updated: units.length - created };
        await this.store.upsertUnits(units, db);
      },
    );
    return counts;
  }

  private async change(
    actor: Actor,
    action: AuditAction,
    /** Known before the work, or computed after it (counts). */
    details: Record<string, unknown> | (() => Record<string, unknown>),
    work: (db: EntityManager) => Promise<void>,
  ): Promise<void> {
    await this.dataSource.transaction(async (db) => {
      // One catalogue change at a time: the checks read what the writes rely on.
      await db.query('SELECT pg_advisory_xact_lock(7493112002)');
      await work(db);
      const recorded = typeof details === 'function' ? details() : details;
      await this.auditLog.record(
        { action, outcome: 'success', actorUserId: actor.id, actorName: actor.name, details: recorded },
        db,
      );
    });
  }
}
