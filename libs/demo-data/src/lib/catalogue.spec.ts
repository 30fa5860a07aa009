import { NO_ANSWER_KEY } from '@vielfalt/contracts';
import { DEMO_CATALOGUE, versionForPeriod } from './catalogue';
import { WORKING_GROUP } from './dimensions';
import { present } from './present';

const dimension = (key: string) =>
  present(
    DEMO_CATALOGUE.dimensions.find((candidate) => candidate.key === key),
    key,
  );

describe('the demo catalogue', () => {
  it('has eight yearly periods 2018–2025 with June 30 as reference date', () => {
    expect(DEMO_CATALOGUE.periods.map((period) => period.key)).toEqual([
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    for (const period of DEMO_CATALOGUE.periods) {
      expect(period.referenceDate).toBe(`${period.key}-06-30`);
      expect(period.label).toBe(`Beschäftigtenbefragung ${period.key}`);
    }
  });

  it('has the four structural attributes of the upload format, with their values', () => {
    const values = Object.fromEntries(DEMO_CATALOGUE.attributes.map((a) => [a.key, a.values.map((v) => v.key)]));
    expect(values).toEqual({
      career_group: ['einfacher_dienst', 'mittlerer_dienst', 'gehobener_dienst', 'hoeherer_dienst'],
      leadership_role: ['ja', 'nein'],
      trainee: ['ja', 'nein'],
      employment_type: ['vollzeit', 'teilzeit'],
    });
  });

  it('offers "keine Angabe" in every version of every single-choice dimension', () => {
    const single = DEMO_CATALOGUE.dimensions.filter((candidate) => candidate.choice === 'single');
    expect(single.length).toBeGreaterThanOrEqual(5);
    for (const version of single.flatMap((candidate) => candidate.versions)) {
      expect(version.categories.map((category) => category.key)).toContain(NO_ANSWER_KEY);
    }
  });

  it('words every dimension, category and attribute in German and English, with who agreed it and when', () => {
    expect(DEMO_CATALOGUE.dimensions.length).toBeGreaterThanOrEqual(6);
    const labels = [
      ...DEMO_CATALOGUE.dimensions.flatMap((d) => [d.label, d.description]),
      ...DEMO_CATALOGUE.dimensions.flatMap((d) => d.versions.flatMap((v) => v.categories.map((c) => c.label))),
      ...DEMO_CATALOGUE.attributes.flatMap((a) => [a.label, ...a.values.map((v) => v.label)]),
    ];
    for (const label of labels) expect(label.de.length * label.en.length).toBeGreaterThan(0);
    for (const version of DEMO_CATALOGUE.dimensions.flatMap((d) => d.versions)) {
      expect(version.agreedBy).toContain(WORKING_GROUP);
      expect(version.agreedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('asks for migration history after the Statistisches Bundesamt, in a second version from 2023 with a mapping', () => {
    const migration = dimension('migration_history');
    expect(migration.description.de).toContain('Statistischen Bundesamtes');
    expect(migration.description.de).toContain('seit 1950');
    const [first, second] = migration.versions;
    expect(first.categories.map((c) => c.key)).toEqual(['mit', 'ohne', NO_ANSWER_KEY]);
    expect(second.validFromPeriod).toBe('2023');
    const newKeys = second.categories.map((c) => c.key);
    expect(newKeys).toEqual(['selbst_eingewandert', 'eltern_eingewandert', 'keine', NO_ANSWER_KEY]);
    for (const key of first.categories.map((c) => c.key)) {
      expect(second.mappingFromPrevious.some((mapping) => mapping.from === key))
        .withContext(key)
        .toBeTrue();
    }
    expect(second.mappingFromPrevious.every((mapping) => newKeys.includes(mapping.to))).toBeTrue();
  });

  it('applies the version that started at or before a period', () => {
    const migration = dimension('migration_history');
    expect(versionForPeriod(DEMO_CATALOGUE, migration, '2022').version).toBe(1);
    expect(versionForPeriod(DEMO_CATALOGUE, migration, '2023').version).toBe(2);
    expect(versionForPeriod(DEMO_CATALOGUE, migration, '2025').version).toBe(2);
    expect(() => versionForPeriod(DEMO_CATALOGUE, migration, '2017')).toThrowError();
  });

  it('keeps languages multi-choice and every key in the form the catalogue import accepts', () => {
    expect(dimension('languages').choice).toBe('multi');
    const keys = DEMO_CATALOGUE.dimensions.flatMap((d) => d.versions.flatMap((v) => v.categories.map((c) => c.key)));
    for (const key of keys) expect(key).toMatch(/^[a-z0-9][a-z0-9_]{0,39}$/);
  });
});
