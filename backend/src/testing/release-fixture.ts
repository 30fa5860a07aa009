import type { ApiClient } from './api-client';
import { TEST_ATTRIBUTE, TEST_DIMENSION, TEST_PERIODS } from './catalogue-fixture';
import { GENDER, LANGUAGES, UPLOAD_HEADER } from './upload-fixture';

/**
 * A small administration for release tests ("Stadtverwaltung Prüfstadt"): two Dezernate, five Ämter of
 * different sizes (one too small for a breakdown of its own), the test catalogue's career group, migration
 * history, gender and languages, and a cross-tab of migration history × gender. Counts come from simulated
 * persons, so every sum the upload check asks for holds.
 */
export const RELEASE_UNITS_CSV = [
  'code;name;parent_code;valid_from;valid_to;successor',
  'PS;Stadtverwaltung Prüfstadt;;2000-01-01;;',
  'PS-D1;Dezernat I;PS;2000-01-01;;',
  'PS-D2;Dezernat II;PS;2000-01-01;;',
  'PS-A1;Bürgeramt;PS-D1;2000-01-01;;',
  'PS-A2;Standesamt;PS-D1;2000-01-01;;',
  'PS-A3;Stadtarchiv;PS-D1;2000-01-01;;',
  'PS-A4;Ordnungsamt;PS-D2;2000-01-01;;',
  'PS-A5;Umweltamt;PS-D2;2000-01-01;;',
].join('\n');

/** Staff per Amt; PS-A3 is small enough that fewer than 10 respond. */
export const RELEASE_STAFF: Readonly<Record<string, number>> = {
  'PS-A1': 70,
  'PS-A2': 30,
  'PS-A3': 9,
  'PS-A4': 45,
  'PS-A5': 16,
};

/** Sets up the catalogue (test periods, attribute, dimensions) and the units of Prüfstadt. */
export async function defineReleaseCatalogue(admin: ApiClient): Promise<void> {
  const created = async (response: Promise<{ status: number; text: string }>) => {
    const { status, text } = await response;
    if (status !== 201) throw new Error(`catalogue set-up failed: ${status} ${text}`);
  };
  for (const period of TEST_PERIODS) await created(admin.post('/api/catalogue/periods', period));
  await created(admin.post('/api/catalogue/attributes', TEST_ATTRIBUTE));
  for (const dimension of [TEST_DIMENSION, GENDER, LANGUAGES]) {
    await created(admin.post('/api/catalogue/dimensions', dimension));
  }
  await created(admin.upload('/api/catalogue/units/import', RELEASE_UNITS_CSV, 'einheiten.csv'));
}

interface Person {
  readonly careerGroup: string;
  readonly responded: boolean;
  readonly migration: string;
  readonly gender: string;
  readonly languages: readonly string[];
}

/** A small seeded generator (mulberry32): the same seed gives the same file. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(next: () => number, weights: Readonly<Record<string, number>>): string {
  let r = next() * Object.values(weights).reduce((a, b) => a + b, 0);
  for (const [key, weight] of Object.entries(weights)) {
    r -= weight;
    if (r < 0) return key;
  }
  return Object.keys(weights).at(-1) as string;
}

function simulate(seed: number, persons: number): Person[] {
  const next = random(seed);
  return Array.from({ length: persons }, () => ({
    careerGroup: pick(next, { mittlerer_dienst: 0.6, gehobener_dienst: 0.4 }),
    responded: next() < 0.75,
    migration: pick(next, { mit: 0.22, ohne: 0.68, keine_angabe: 0.1 }),
    gender: pick(next, { weiblich: 0.52, maennlich: 0.42, nicht_binaer: 0.03, keine_angabe: 0.03 }),
    languages: [...(next() < 0.96 ? ['deutsch'] : []), ...(next() < 0.12 ? ['tuerkisch'] : [])],
  }));
}

/**
 * The upload file of a period for the given Ämter (all by default), as HR would send it. `seed` changes the
 * simulated persons, e.g. for a corrected file of one Amt.
 */
export function releaseUpload(periodKey: string, seed: number, units = Object.keys(RELEASE_STAFF)): string {
  const lines = [UPLOAD_HEADER];
  const line = (
    unit: string,
    measure: string,
    careerGroup: string,
    dimension: string,
    category: string,
    count: number,
    dimension2 = '',
    category2 = '',
  ) => lines.push([periodKey, unit, measure, careerGroup, dimension, category, dimension2, category2, count].join(';'));
  units.forEach((unit) => {
    const staff = simulate(seed * 31 + unit.charCodeAt(unit.length - 1), RELEASE_STAFF[unit]);
    for (const careerGroup of ['', 'mittlerer_dienst', 'gehobener_dienst']) {
      const persons = staff.filter((p) => careerGroup === '' || p.careerGroup === careerGroup);
      const respondents = persons.filter((p) => p.responded);
      const count = (test: (p: Person) => boolean) => respondents.filter(test).length;
      line(unit, 'headcount', careerGroup, '', '', persons.length);
      line(unit, 'respondents', careerGroup, '', '', respondents.length);
      for (const category of ['mit', 'ohne', 'keine_angabe']) {
        line(
          unit,
          'answers',
          careerGroup,
          'migration_history',
          category,
          count((p) => p.migration === category),
        );
      }
      for (const category of ['weiblich', 'maennlich', 'nicht_binaer', 'keine_angabe']) {
        line(
          unit,
          'answers',
          careerGroup,
          'gender_identity',
          category,
          count((p) => p.gender === category),
        );
      }
      for (const category of ['deutsch', 'tuerkisch']) {
        line(
          unit,
          'answers',
          careerGroup,
          'languages',
          category,
          count((p) => p.languages.includes(category)),
        );
      }
      if (careerGroup !== '') continue;
      for (const migration of ['mit', 'ohne', 'keine_angabe']) {
        for (const gender of ['weiblich', 'maennlich', 'nicht_binaer', 'keine_angabe']) {
          const n = count((p) => p.migration === migration && p.gender === gender);
          line(unit, 'answers', '', 'migration_history', migration, n, 'gender_identity', gender);
        }
      }
    }
  });
  return lines.join('\n');
}

/** Checks and commits a file as HR; returns the upload id. */
export async function commitUpload(hr: ApiClient, csv: string, fileName = 'befragung.csv'): Promise<string> {
  const checked = await hr.upload('/api/uploads', csv, fileName);
  if (checked.status !== 201 || checked.body.status !== 'checked') {
    throw new Error(`upload check failed: ${checked.status} ${JSON.stringify(checked.body).slice(0, 500)}`);
  }
  const committed = await hr.post(`/api/uploads/${checked.body.id}/commit`);
  if (committed.status !== 201) throw new Error(`commit failed: ${committed.status} ${committed.text}`);
  return checked.body.id;
}
