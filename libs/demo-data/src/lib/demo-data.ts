import type { CatalogueDefinition, OrgUnitDefinition } from '@vielfalt/contracts';
import { DEMO_CATALOGUE, versionForPeriod } from './catalogue';
import { buildOrganisation, leafCodesAt } from './organisation';
import { present } from './present';
import { simulateStaff } from './staff-simulation';
import { formatUnitsCsv } from './units-csv';
import { formatUploadCsv } from './upload-csv';

/** The seed `generateDemoData()` uses when none is given. */
export const DEFAULT_DEMO_SEED = 20250630;

export interface DemoDataOptions {
  /** Any integer; the same seed gives byte-identical output. Default `DEFAULT_DEMO_SEED`. */
  readonly seed?: number;
  /** Whole number ≥ 1 that multiplies the reporting units (for benchmarks). Default 1. */
  readonly scale?: number;
}

/** One period's upload file. */
export interface DemoUpload {
  readonly periodKey: string;
  readonly fileName: string;
  /** CSV as docs/upload-format.md describes it, `;`-separated, UTF-8 without byte-order mark. */
  readonly csv: string;
}

export interface DemoData {
  readonly catalogue: CatalogueDefinition;
  readonly units: OrgUnitDefinition[];
  /** The units in the organisation import format (`code;name;parent_code;valid_from;valid_to;successor`). */
  readonly unitsCsv: string;
  /** One upload file per period, in period order. */
  readonly uploads: DemoUpload[];
}

/**
 * Generates the clearly fictional "Stadtverwaltung Musterstadt": catalogue, organisation (with the
 * restructuring of 2022) and one consistent upload file per period 2018–2025. Pure and deterministic: no I/O,
 * no clock, no global random state.
 */
export function generateDemoData(options: DemoDataOptions = {}): DemoData {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const scale = options.scale ?? 1;
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, not ${seed}`);
  if (!Number.isInteger(scale) || scale < 1) throw new RangeError(`scale must be a whole number ≥ 1, not ${scale}`);

  const catalogue = DEMO_CATALOGUE;
  const organisation = buildOrganisation(seed, scale);
  const migration = present(
    catalogue.dimensions.find((dimension) => dimension.key === 'migration_history'),
    'migration_history',
  );
  const uploads = catalogue.periods.map((period, index) => {
    const reporting = leafCodesAt(organisation.units, period.referenceDate);
    const leaves = organisation.leaves.filter((leaf) => reporting.has(leaf.code));
    if (leaves.length !== reporting.size) throw new Error(`A unit without sub-units has no staff on ${period.key}`);
    const wave = {
      yearsSinceStart: index,
      migrationVersion: versionForPeriod(catalogue, migration, period.key).version,
    };
    const staff = leaves.map((leaf) => ({ code: leaf.code, persons: simulateStaff(seed, leaf, period.key, wave) }));
    return {
      periodKey: period.key,
      fileName: `musterstadt-beschaeftigtenbefragung-${period.key}.csv`,
      csv: formatUploadCsv(catalogue, period.key, staff),
    };
  });
  return { catalogue, units: organisation.units, unitsCsv: formatUnitsCsv(organisation.units), uploads };
}
