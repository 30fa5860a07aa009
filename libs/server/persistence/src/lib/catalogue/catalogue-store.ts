import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DimensionDefinition,
  DimensionVersionDefinition,
  OrgUnitDefinition,
  PeriodDefinition,
  StructuralAttributeDefinition,
} from '@vielfalt/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { AttributeRow, DimensionRow, OrgUnitRow, PeriodRow } from './catalogue-rows';
import type { PeriodCatalogue } from './period-catalogue';

const label = (de: string, en: string) => ({ de, en });

/**
 * Reads and writes the catalogue tables (periods, units, structural attributes, dimensions).
 * Pass a transaction's manager to write inside it; reads default to the pool.
 */
@Injectable()
export class CatalogueStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async periods(db: EntityManager = this.dataSource.manager): Promise<PeriodRow[]> {
    return db.query(
      `SELECT id, key, label, to_char(reference_date, 'YYYY-MM-DD') AS "referenceDate", status
       FROM period ORDER BY reference_date`,
    );
  }

  async insertPeriod(period: PeriodDefinition, db: EntityManager): Promise<void> {
    await db.query(`INSERT INTO period (key, label, reference_date) VALUES ($1, $2, $3)`, [
      period.key,
      period.label,
      period.referenceDate,
    ]);
  }

  /** All units, or those valid at `at` (inclusive), with parent and successor codes. */
  async units(at?: string, db: EntityManager = this.dataSource.manager): Promise<OrgUnitRow[]> {
    return db.query(
      `SELECT u.id, u.code, u.name, u.parent_id AS "parentId", p.code AS "parentCode",
              to_char(u.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(u.valid_to, 'YYYY-MM-DD') AS "validTo",
              COALESCE(array_agg(s.code ORDER BY s.code) FILTER (WHERE s.code IS NOT NULL), '{}') AS "successorCodes"
       FROM org_unit u
       LEFT JOIN org_unit p ON p.id = u.parent_id
       LEFT JOIN org_unit_successor us ON us.predecessor_id = u.id
       LEFT JOIN org_unit s ON s.id = us.successor_id
       WHERE $1::date IS NULL OR (u.valid_from <= $1::date AND (u.valid_to IS NULL OR u.valid_to >= $1::date))
       GROUP BY u.id, p.code
       ORDER BY u.code`,
      [at ?? null],
    );
  }

  /**
   * Creates units that are new and updates those whose code exists, then replaces their parent
   * and successor links. Callers check the whole tree first (see the catalogue feature).
   */
  async upsertUnits(units: readonly OrgUnitDefinition[], db: EntityManager): Promise<void> {
    for (const unit of units) {
      await db.query(
        `INSERT INTO org_unit (code, name, valid_from, valid_to) VALUES ($1, $2, $3, $4)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, valid_from = EXCLUDED.valid_from, valid_to = EXCLUDED.valid_to`,
        [unit.code, unit.name, unit.validFrom, unit.validTo],
      );
    }
    const codes = units.map((unit) => unit.code);
    await db.query(
      `UPDATE org_unit u SET parent_id = p.id
       FROM unnest($1::text[], $2::text[]) AS link(code, parent_code)
       LEFT JOIN org_unit p ON p.code = link.parent_code
       WHERE u.code = link.code`,
      [codes, units.map((unit) => unit.parentCode)],
    );
    await db.query(
      `DELETE FROM org_unit_successor WHERE predecessor_id IN (SELECT id FROM org_unit WHERE code = ANY($1))`,
      [codes],
    );
    const links = units.flatMap((unit) => unit.successorCodes.map((successor) => [unit.code, successor]));
    await db.query(
      `INSERT INTO org_unit_successor (predecessor_id, successor_id)
       SELECT u.id, s.id FROM unnest($1::text[], $2::text[]) AS link(code, successor)
       JOIN org_unit u ON u.code = link.code JOIN org_unit s ON s.code = link.successor`,
      [links.map(([code]) => code), links.map(([, successor]) => successor)],
    );
  }

  async attributes(db: EntityManager = this.dataSource.manager): Promise<AttributeRow[]> {
    const rows: { id: number; key: string; de: string; en: string; values: AttributeRow['values'] }[] = await db.query(
      `SELECT a.id, a.key, a.label_de AS de, a.label_en AS en,
              COALESCE(json_agg(json_build_object('id', v.id, 'key', v.key, 'label', json_build_object('de', v.label_de, 'en', v.label_en))
                       ORDER BY v.sort) FILTER (WHERE v.id IS NOT NULL), '[]') AS values
       FROM structural_attribute a LEFT JOIN structural_attribute_value v ON v.attribute_id = a.id
       GROUP BY a.id ORDER BY a.sort`,
    );
    return rows.map((row) => ({ id: row.id, key: row.key, label: label(row.de, row.en), values: row.values }));
  }

  async insertAttribute(attribute: StructuralAttributeDefinition, db: EntityManager): Promise<void> {
    const [{ id }] = await db.query(
      `INSERT INTO structural_attribute (key, label_de, label_en, sort)
       VALUES ($1, $2, $3, (SELECT COUNT(*) FROM structural_attribute)) RETURNING id`,
      [attribute.key, attribute.label.de, attribute.label.en],
    );
    for (const [sort, value] of attribute.values.entries()) {
      await db.query(
        `INSERT INTO structural_attribute_value (attribute_id, key, label_de, label_en, sort) VALUES ($1, $2, $3, $4, $5)`,
        [id, value.key, value.label.de, value.label.en, sort],
      );
    }
  }

  async dimensions(db: EntityManager = this.dataSource.manager): Promise<DimensionRow[]> {
    const dimensions: (Omit<DimensionRow, 'label' | 'description' | 'versions'> & Record<string, string>)[] =
      await db.query(
        `SELECT id, key, label_de, label_en, description_de, description_en, choice FROM dimension ORDER BY sort`,
      );
    const versions: (DimensionRow['versions'][number] & { dimensionId: number })[] = await db.query(
      `SELECT dv.id, dv.dimension_id AS "dimensionId", dv.version, p.key AS "validFromPeriod",
              to_char(p.reference_date, 'YYYY-MM-DD') AS "validFromDate", dv.agreed_by AS "agreedBy",
              to_char(dv.agreed_on, 'YYYY-MM-DD') AS "agreedOn",
              (SELECT COALESCE(json_agg(json_build_object('id', c.id, 'key', c.key,
                        'label', json_build_object('de', c.label_de, 'en', c.label_en)) ORDER BY c.sort), '[]')
               FROM category c WHERE c.dimension_version_id = dv.id) AS categories,
              (SELECT COALESCE(json_agg(json_build_object('from', f.key, 'to', t.key) ORDER BY f.sort, t.sort), '[]')
               FROM category_mapping m JOIN category f ON f.id = m.from_category_id JOIN category t ON t.id = m.to_category_id
               WHERE t.dimension_version_id = dv.id) AS "mappingFromPrevious"
       FROM dimension_version dv JOIN period p ON p.id = dv.valid_from_period_id
       ORDER BY dv.dimension_id, dv.version`,
    );
    return dimensions.map((row) => ({
      id: row.id,
      key: row.key,
      label: label(row['label_de'], row['label_en']),
      description: label(row['description_de'], row['description_en']),
      choice: row.choice,
      versions: versions
        .filter((version) => version.dimensionId === row.id)
        .map(({ dimensionId: _dimensionId, ...version }) => version),
    }));
  }

  async insertDimension(dimension: DimensionDefinition, db: EntityManager): Promise<number> {
    const [{ id }] = await db.query(
      `INSERT INTO dimension (key, label_de, label_en, description_de, description_en, choice, sort)
       VALUES ($1, $2, $3, $4, $5, $6, (SELECT COUNT(*) FROM dimension)) RETURNING id`,
      [
        dimension.key,
        dimension.label.de,
        dimension.label.en,
        dimension.description.de,
        dimension.description.en,
        dimension.choice,
      ],
    );
    return id;
  }

  /** Adds a version with its categories and the mapping from the previous version's categories. */
  async insertDimensionVersion(
    dimensionId: number,
    version: DimensionVersionDefinition,
    db: EntityManager,
  ): Promise<void> {
    const [{ id }] = await db.query(
      `INSERT INTO dimension_version (dimension_id, version, valid_from_period_id, agreed_by, agreed_on)
       VALUES ($1, $2, (SELECT id FROM period WHERE key = $3), $4, $5) RETURNING id`,
      [dimensionId, version.version, version.validFromPeriod, version.agreedBy, version.agreedOn],
    );
    for (const [sort, category] of version.categories.entries()) {
      await db.query(
        `INSERT INTO category (dimension_version_id, key, label_de, label_en, sort) VALUES ($1, $2, $3, $4, $5)`,
        [id, category.key, category.label.de, category.label.en, sort],
      );
    }
    await db.query(
      `INSERT INTO category_mapping (from_category_id, to_category_id)
       SELECT f.id, t.id FROM unnest($1::text[], $2::text[]) AS m(from_key, to_key)
       JOIN category f ON f.key = m.from_key
         AND f.dimension_version_id = (SELECT id FROM dimension_version WHERE dimension_id = $3 AND version = $4 - 1)
       JOIN category t ON t.key = m.to_key AND t.dimension_version_id = $5`,
      [
        version.mappingFromPrevious.map((m) => m.from),
        version.mappingFromPrevious.map((m) => m.to),
        dimensionId,
        version.version,
        id,
      ],
    );
  }

  /** The catalogue as an upload of `periodKey` sees it, or null for an unknown period. */
  async periodCatalogue(
    periodKey: string,
    db: EntityManager = this.dataSource.manager,
  ): Promise<PeriodCatalogue | null> {
    const period = (await this.periods(db)).find((candidate) => candidate.key === periodKey);
    if (!period) return null;
    const units: { id: number; code: string; valid: boolean; hasSubUnits: boolean }[] = await db.query(
      `SELECT u.id, u.code,
              (u.valid_from <= $1::date AND (u.valid_to IS NULL OR u.valid_to >= $1::date)) AS valid,
              EXISTS (SELECT 1 FROM org_unit c WHERE c.parent_id = u.id
                        AND c.valid_from <= $1::date AND (c.valid_to IS NULL OR c.valid_to >= $1::date)) AS "hasSubUnits"
       FROM org_unit u`,
      [period.referenceDate],
    );
    const dimensions = await this.dimensions(db);
    return {
      period: { id: period.id, key: period.key, referenceDate: period.referenceDate },
      units: new Map(
        units.map((u) => [u.code, { id: u.id, validAtReferenceDate: u.valid, hasSubUnits: u.hasSubUnits }]),
      ),
      attributes: new Map((await this.attributes(db)).map((a) => [a.key, new Map(a.values.map((v) => [v.key, v.id]))])),
      dimensions: new Map(
        dimensions.flatMap((dimension) => {
          const version = [...dimension.versions].reverse().find((v) => v.validFromDate <= period.referenceDate);
          if (!version) return [];
          return [
            [
              dimension.key,
              {
                choice: dimension.choice,
                version: version.version,
                categories: new Map(version.categories.map((c) => [c.key, c.id])),
              },
            ],
          ];
        }),
      ),
    };
  }
}
