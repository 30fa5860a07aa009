import type { UploadProblem } from '@vielfalt/contracts';

/** Where in the file a problem is. */
export interface Position {
  readonly sheet: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly value: string | null;
}

type Params = Record<string, string | number>;

const fill = (template: string, params: Params) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));

/** Every problem an upload check reports, in German and English; `{name}` is filled from the params. */
const MESSAGES = {
  unknown_column: ['Unbekannte Spalte „{name}“.', 'Unknown column "{name}".'],
  missing_column: ['Die Spalte „{name}“ fehlt.', 'The column "{name}" is missing.'],
  unknown_period: ['Unbekannte Erhebungswelle „{value}“.', 'Unknown period "{value}".'],
  period_mismatch: [
    'Eine Datei enthält genau eine Erhebungswelle; diese Zeile nennt „{value}“ statt „{period}“.',
    'A file holds exactly one period; this row says "{value}" instead of "{period}".',
  ],
  unknown_unit: ['Unbekannte Organisationseinheit „{value}“.', 'Unknown organisation unit "{value}".'],
  unit_not_valid: [
    'Die Einheit „{value}“ besteht am Stichtag {date} nicht.',
    'The unit "{value}" does not exist at the reference date {date}.',
  ],
  unit_has_sub_units: [
    'Die Einheit „{value}“ hat am Stichtag Untereinheiten; bitte deren Zahlen melden.',
    'The unit "{value}" has sub-units at the reference date; report their figures instead.',
  ],
  unknown_measure: [
    'Unbekannte Messgröße „{value}“ (erlaubt: headcount, respondents, answers).',
    'Unknown measure "{value}" (allowed: headcount, respondents, answers).',
  ],
  unknown_attribute_value: ['Unbekannter Wert „{value}“ für {name}.', 'Unknown value "{value}" for {name}.'],
  missing_dimension: ['Für Antworten fehlt das Merkmal.', 'The dimension of an answer is missing.'],
  unknown_dimension: [
    'Unbekanntes Merkmal „{value}“ (in dieser Erhebungswelle).',
    'Unknown dimension "{value}" (in this period).',
  ],
  unknown_category: [
    'Unbekannte Kategorie „{value}“ des Merkmals {name}.',
    'Unknown category "{value}" of the dimension {name}.',
  ],
  unexpected_category: [
    'Beschäftigte und Teilnehmende haben kein Merkmal und keine Kategorie.',
    'Headcount and respondents rows have no dimension and no category.',
  ],
  incomplete_cross_tab: [
    'Für eine Kreuztabelle werden dimension_2 und category_2 gebraucht.',
    'A cross-tab needs both dimension_2 and category_2.',
  ],
  cross_tab_needs_single_choice: [
    'Kreuztabellen sind nur aus zwei verschiedenen Einfachauswahl-Merkmalen möglich.',
    'Cross-tabs are possible only of two different single-choice dimensions.',
  ],
  not_a_whole_number: ['„{value}“ ist keine ganze Zahl.', '"{value}" is not a whole number.'],
  negative_count: ['Anzahlen können nicht negativ sein.', 'Counts cannot be negative.'],
  absurd_count: ['{value} ist als Anzahl unplausibel hoch.', '{value} is implausibly high for a count.'],
  duplicate_row: ['Diese Zeile wiederholt Zeile {first}.', 'This row repeats row {first}.'],
  missing_total: [
    'Für die Einheit „{value}“ fehlt die Gesamtzahl „{name}“ (ohne Strukturmerkmale).',
    'The unit "{value}" lacks its total "{name}" row (without structural attributes).',
  ],
  missing_respondents: [
    'Für diese Antworten fehlt die Zahl der Teilnehmenden mit denselben Strukturmerkmalen.',
    'These answers lack a respondents row with the same structural attributes.',
  ],
  respondents_exceed_headcount: [
    'Mehr Teilnehmende ({value}) als Beschäftigte ({headcount}).',
    'More respondents ({value}) than headcount ({headcount}).',
  ],
  single_choice_sum_mismatch: [
    'Die Kategorien von {name} ergeben {value}, es gibt aber {respondents} Teilnehmende („keine Angabe“ eingeschlossen).',
    'The categories of {name} add up to {value}, but there are {respondents} respondents ("keine Angabe" included).',
  ],
  multi_choice_exceeds_respondents: [
    'Mehr Nennungen ({value}) als Teilnehmende ({respondents}).',
    'More choices ({value}) than respondents ({respondents}).',
  ],
  breakdown_exceeds_total: [
    'Die Aufteilung nach {name} ergibt {value}, mehr als die Gesamtzahl {total}.',
    'The breakdown by {name} adds up to {value}, more than the total {total}.',
  ],
  missing_answers: [
    'Für die Einheit „{value}“ mit {respondents} Teilnehmenden fehlen die Antworten zu {name}, die andere Einheiten liefern.',
    'The unit "{value}" has {respondents} respondents but no answers for {name}, which other units send.',
  ],
  missing_cross_tab: [
    'Für die Einheit „{value}“ mit {respondents} Teilnehmenden fehlt die Kreuztabelle {name} (in dieser Reihenfolge der Merkmale), die andere Einheiten liefern.',
    'The unit "{value}" has {respondents} respondents but lacks the cross-tab {name} (dimensions in this order), which other units send.',
  ],
  cross_tab_sum_mismatch: [
    'Die Kreuztabelle {name} ergibt {value}, es gibt aber {respondents} Teilnehmende.',
    'The cross-tab {name} adds up to {value}, but there are {respondents} respondents.',
  ],
  cross_tab_margin_mismatch: [
    'Die Kreuztabelle ergibt für {name} {value}, die einfache Auszählung aber {expected}.',
    'The cross-tab gives {value} for {name}, but the one-dimension count is {expected}.',
  ],
  sums_not_checked: [
    'Die Summen (Kategorien, Teilnehmende, Aufteilungen) werden geprüft, sobald jede Zeile fehlerfrei ist.',
    'Sums (categories, respondents, breakdowns) are checked once every row is free of errors.',
  ],
  low_participation: [
    'Sehr geringe Beteiligung: {value} von {headcount} Beschäftigten.',
    'Very low participation: {value} of {headcount} staff.',
  ],
} satisfies Record<string, readonly [string, string]>;

export type ProblemCode = keyof typeof MESSAGES;

/** Collects problems in file order; keeps the first `limit` in full and counts the rest. */
export class ProblemList {
  private readonly kept: UploadProblem[] = [];
  errors = 0;
  warnings = 0;

  constructor(private readonly limit = 1000) {}

  error(code: ProblemCode, where: Position, params: Params = {}): void {
    this.errors++;
    this.add('error', code, where, params);
  }

  warning(code: ProblemCode, where: Position, params: Params = {}): void {
    this.warnings++;
    this.add('warning', code, where, params);
  }

  /** Problems found earlier by the file reader, already in their final shape. */
  addFound(problems: readonly UploadProblem[]): void {
    for (const problem of problems) {
      if (problem.severity === 'error') this.errors++;
      else this.warnings++;
      if (this.kept.length < this.limit) this.kept.push(problem);
    }
  }

  list(): UploadProblem[] {
    return [...this.kept].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  }

  private add(severity: UploadProblem['severity'], code: ProblemCode, where: Position, params: Params): void {
    if (this.kept.length >= this.limit) return;
    const [de, en] = MESSAGES[code];
    const all = { value: where.value ?? '', ...params };
    this.kept.push({ severity, code, ...where, message: { de: fill(de, all), en: fill(en, all) } });
  }
}
