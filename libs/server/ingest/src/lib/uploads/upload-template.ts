import type { AttributeRow, DimensionRow, OrgUnitRow, PeriodRow } from '@vielfalt/server-persistence';
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';

/** What a template for one period lists: the period, its reporting units and the catalogue. */
export interface TemplateContent {
  readonly period: PeriodRow;
  /** Units valid at the reference date. */
  readonly units: readonly OrgUnitRow[];
  readonly attributes: readonly AttributeRow[];
  readonly dimensions: readonly DimensionRow[];
}

const FIXED_BEFORE = ['period', 'unit', 'measure'];
const FIXED_AFTER = ['dimension', 'category', 'dimension_2', 'category_2', 'count'];

const INSTRUCTIONS = [
  [
    'Vorlage für die Erhebungswelle {period} (Stichtag {date})',
    'Template for the period {period} (reference date {date})',
  ],
  [
    'Tragen Sie in der Spalte count jeder Zeile von „Daten“ eine ganze Zahl ein.',
    'Enter a whole number in the count column of every row of "Daten".',
  ],
  [
    'headcount = Beschäftigte, respondents = Teilnehmende, answers = Antworten je Kategorie.',
    'headcount = staff, respondents = people who took part, answers = answers per category.',
  ],
  [
    'Bei Einfachauswahl ergeben die Kategorien (mit „keine_angabe“) genau die Teilnehmenden.',
    'For single-choice dimensions the categories ("keine_angabe" included) add up to the respondents.',
  ],
  [
    'Aufteilungen nach Strukturmerkmalen: weitere Zeilen mit einem Wert in der Merkmalsspalte.',
    'Breakdowns by structural attributes: more rows with a value in the attribute column.',
  ],
  ['Kreuztabellen: dimension_2 und category_2 füllen.', 'Cross-tabs: fill in dimension_2 and category_2.'],
  [
    'Formeln sind erlaubt; gelesen wird der von Excel gespeicherte Wert.',
    'Formulas are allowed; the value Excel saved is read.',
  ],
  [
    'Gespeichert als XLSX oder CSV (Trennzeichen ; oder ,) hochladen.',
    'Upload it saved as XLSX or CSV (separator ; or ,).',
  ],
  [
    'Die Einzelheiten: docs/upload-format.md bzw. die Hilfe der Upload-Seite.',
    'Details: docs/upload-format.md or the help of the upload page.',
  ],
];

export function templateHeader(content: TemplateContent): string[] {
  return [...FIXED_BEFORE, ...content.attributes.map((attribute) => attribute.key), ...FIXED_AFTER];
}

/** Units that report: valid at the reference date and without sub-units then. */
export function reportingUnits(units: readonly OrgUnitRow[]): OrgUnitRow[] {
  const parents = new Set(units.map((unit) => unit.parentId));
  return units.filter((unit) => !parents.has(unit.id));
}

/** The rows to fill in: per reporting unit its totals and every category of every dimension. */
export function* templateRows(content: TemplateContent): Generator<string[]> {
  const blanks = content.attributes.map(() => '');
  const key = content.period.key;
  for (const unit of reportingUnits(content.units)) {
    yield [key, unit.code, 'headcount', ...blanks, '', '', '', '', ''];
    yield [key, unit.code, 'respondents', ...blanks, '', '', '', '', ''];
    for (const dimension of content.dimensions) {
      const version = versionFor(dimension, content.period);
      for (const category of version?.categories ?? []) {
        yield [key, unit.code, 'answers', ...blanks, dimension.key, category.key, '', '', ''];
      }
    }
  }
}

/** CSV as German Excel opens it directly: UTF-8 with byte-order mark, `;`, CRLF. */
export function writeCsvTemplate(content: TemplateContent, out: Writable): void {
  out.write('\uFEFF' + templateHeader(content).join(';') + '\r\n');
  for (const row of templateRows(content)) out.write(row.join(';') + '\r\n');
  out.end();
}

/** XLSX with the sheets Daten (to fill in), Einheiten, Kategorien, Strukturmerkmale and Anleitung. */
export async function writeXlsxTemplate(content: TemplateContent, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const data = workbook.addWorksheet('Daten', { views: [{ state: 'frozen', ySplit: 1 }] });
  data.addRow(templateHeader(content)).font = { bold: true };
  for (const row of templateRows(content)) data.addRow(row).commit();
  data.commit();

  const units = workbook.addWorksheet('Einheiten');
  units.addRow(['code', 'name', 'parent_code', 'reports']).font = { bold: true };
  const reporting = new Set(reportingUnits(content.units).map((unit) => unit.code));
  for (const unit of content.units)
    units.addRow([unit.code, unit.name, unit.parentCode ?? '', reporting.has(unit.code) ? 'ja' : 'nein']).commit();
  units.commit();

  const categories = workbook.addWorksheet('Kategorien');
  categories.addRow([
    'dimension',
    'choice',
    'category',
    'label_de',
    'label_en',
    'version',
    'agreed_by',
    'agreed_on',
  ]).font = { bold: true };
  for (const dimension of content.dimensions) {
    const version = versionFor(dimension, content.period);
    for (const category of version?.categories ?? []) {
      categories
        .addRow([
          dimension.key,
          dimension.choice,
          category.key,
          category.label.de,
          category.label.en,
          version?.version,
          version?.agreedBy,
          version?.agreedOn,
        ])
        .commit();
    }
  }
  categories.commit();

  const attributes = workbook.addWorksheet('Strukturmerkmale');
  attributes.addRow(['attribute', 'value', 'label_de', 'label_en']).font = { bold: true };
  for (const attribute of content.attributes) {
    for (const value of attribute.values)
      attributes.addRow([attribute.key, value.key, value.label.de, value.label.en]).commit();
  }
  attributes.commit();

  const instructions = workbook.addWorksheet('Anleitung');
  instructions.columns = [{ width: 90 }, { width: 90 }];
  for (const [de, en] of INSTRUCTIONS) {
    const fill = (text: string) =>
      text.replace('{period}', content.period.key).replace('{date}', content.period.referenceDate);
    instructions.addRow([fill(de), fill(en)]).commit();
  }
  instructions.commit();
  await workbook.commit();
}

function versionFor(dimension: DimensionRow, period: PeriodRow) {
  return [...dimension.versions].reverse().find((version) => version.validFromDate <= period.referenceDate);
}
