import type { CountRow, ProtectionInput } from '@vielfalt/disclosure';
import { generateDemoData } from '@vielfalt/demo-data';

/**
 * The protection input of one demo period, built the way the release builder builds it from raw cells: the
 * units valid at the reference date with their parents, the dimension versions of the period, and the rows of
 * the period's demo upload.
 */
export function demoProtectionInput(periodKey: string, parameters = { k: 5, minRespondents: 10 }): ProtectionInput {
  const demo = generateDemoData();
  const period = demo.catalogue.periods.find((candidate) => candidate.key === periodKey);
  const upload = demo.uploads.find((candidate) => candidate.periodKey === periodKey);
  if (!period || !upload) throw new Error(`no demo period ${periodKey}`);
  const date = period.referenceDate;
  const units = demo.units
    .filter((unit) => unit.validFrom <= date && (unit.validTo === null || unit.validTo >= date))
    .map((unit) => ({ code: unit.code, parent: unit.parentCode }));
  const order = (key: string): number => demo.catalogue.periods.findIndex((candidate) => candidate.key === key);
  const dimensions = demo.catalogue.dimensions.map((dimension) => {
    const version = dimension.versions
      .filter((candidate) => order(candidate.validFromPeriod) <= order(periodKey))
      .sort((a, b) => order(b.validFromPeriod) - order(a.validFromPeriod))[0];
    return { key: dimension.key, choice: dimension.choice, categories: version.categories.map((c) => c.key) };
  });
  const attributeKeys = new Set(demo.catalogue.attributes.map((attribute) => attribute.key));
  const [header, ...lines] = upload.csv.trim().split('\n');
  const columns = header.split(';');
  const counts: CountRow[] = lines.map((line) => {
    const cells = Object.fromEntries(line.split(';').map((value, i) => [columns[i], value]));
    const attributes = Object.fromEntries(
      columns
        .filter((column) => attributeKeys.has(column) && cells[column] !== '')
        .map((column) => [column, cells[column]]),
    );
    return {
      unit: cells['unit'],
      measure: cells['measure'] as CountRow['measure'],
      attributes,
      ...(cells['dimension'] && { dimension: cells['dimension'], category: cells['category'] }),
      ...(cells['dimension_2'] && { dimension2: cells['dimension_2'], category2: cells['category_2'] }),
      count: Number(cells['count']),
    };
  });
  return {
    parameters,
    units,
    attributes: demo.catalogue.attributes.map((attribute) => ({
      key: attribute.key,
      values: attribute.values.map((value) => value.key),
    })),
    dimensions,
    counts,
  };
}
