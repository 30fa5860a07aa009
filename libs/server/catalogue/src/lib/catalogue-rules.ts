import {
  type ApiErrorDetail,
  type DimensionDefinition,
  type DimensionVersionDefinition,
  NO_ANSWER_KEY,
  type PeriodDefinition,
  type StructuralAttributeDefinition,
} from '@vielfalt/contracts';

/** The checks a catalogue entry must pass beyond its shape; each problem names its field. */
export function attributeProblems(attribute: StructuralAttributeDefinition): ApiErrorDetail[] {
  return duplicates(attribute.values.map((value) => value.key)).map((key) => ({
    field: 'values',
    value: key,
    message: `The value "${key}" appears twice.`,
  }));
}

/**
 * Checks a dimension's versions: numbered 1, 2, …; each from a known period later than the one
 * before; unique category keys; "keine Angabe" in every single-choice version; mappings that
 * lead from the previous version's categories to this version's.
 */
export function dimensionProblems(
  dimension: DimensionDefinition,
  periods: readonly PeriodDefinition[],
  firstVersion = 1,
  previous?: DimensionVersionDefinition,
): ApiErrorDetail[] {
  const problems: ApiErrorDetail[] = [];
  const referenceDate = new Map(periods.map((period) => [period.key, period.referenceDate]));
  let before = previous;
  for (const [index, version] of dimension.versions.entries()) {
    const field = `versions.${index}`;
    const expected = firstVersion + index;
    if (version.version !== expected) {
      problems.push({
        field: `${field}.version`,
        value: String(version.version),
        message: `Expected version ${expected}.`,
      });
    }
    const from = referenceDate.get(version.validFromPeriod);
    if (!from) {
      problems.push({ field: `${field}.validFromPeriod`, value: version.validFromPeriod, message: 'Unknown period.' });
    } else if (before && from <= (referenceDate.get(before.validFromPeriod) ?? '')) {
      problems.push({
        field: `${field}.validFromPeriod`,
        value: version.validFromPeriod,
        message: 'A version must start in a later period than the version before it.',
      });
    }
    const keys = version.categories.map((category) => category.key);
    for (const key of duplicates(keys)) {
      problems.push({ field: `${field}.categories`, value: key, message: `The category "${key}" appears twice.` });
    }
    if (dimension.choice === 'single' && !keys.includes(NO_ANSWER_KEY)) {
      problems.push({
        field: `${field}.categories`,
        message: `A single-choice dimension must offer "${NO_ANSWER_KEY}" (keine Angabe).`,
      });
    }
    problems.push(...mappingProblems(version, before, field));
    before = version;
  }
  return problems;
}

function mappingProblems(
  version: DimensionVersionDefinition,
  previous: DimensionVersionDefinition | undefined,
  field: string,
): ApiErrorDetail[] {
  if (!previous) {
    return version.mappingFromPrevious.length > 0
      ? [{ field: `${field}.mappingFromPrevious`, message: 'The first version has no previous version to map from.' }]
      : [];
  }
  const oldKeys = new Set(previous.categories.map((category) => category.key));
  const newKeys = new Set(version.categories.map((category) => category.key));
  const problems: ApiErrorDetail[] = [];
  for (const { from, to } of version.mappingFromPrevious) {
    if (!oldKeys.has(from))
      problems.push({
        field: `${field}.mappingFromPrevious`,
        value: from,
        message: `"${from}" is not a category of version ${previous.version}.`,
      });
    if (!newKeys.has(to))
      problems.push({
        field: `${field}.mappingFromPrevious`,
        value: to,
        message: `"${to}" is not a category of version ${version.version}.`,
      });
  }
  const mapped = new Set(version.mappingFromPrevious.map((mapping) => mapping.from));
  for (const key of oldKeys) {
    if (!mapped.has(key)) {
      problems.push({
        field: `${field}.mappingFromPrevious`,
        value: key,
        message: `The category "${key}" of version ${previous.version} is not mapped; trends would break.`,
      });
    }
  }
  return problems;
}

function duplicates(keys: readonly string[]): string[] {
  return [...new Set(keys.filter((key, index) => keys.indexOf(key) !== index))];
}
