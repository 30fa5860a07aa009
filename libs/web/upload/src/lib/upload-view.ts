import type { PeriodView, UploadProblem, UploadReport, UploadView } from '@vielfalt/contracts';
import { periodsNewestFirst } from '@vielfalt/web-data-access';
import type { Language } from '@vielfalt/web-i18n';

/**
 * The period a view shows: the one named in the URL if the catalogue knows it, otherwise the
 * newest (by reference date). Null only when there is no period at all.
 */
export function choosePeriod(periods: readonly PeriodView[], key: string | undefined): PeriodView | null {
  return periods.find((period) => period.key === key) ?? periodsNewestFirst(periods)[0] ?? null;
}

/** The problems of one severity, in the order the server listed them (by sheet and row). */
export function problemsOf(report: UploadReport, severity: UploadProblem['severity']): readonly UploadProblem[] {
  return report.problems.filter((problem) => problem.severity === severity);
}

/** A problem's message in the language the UI speaks (the server sends both). */
export function problemMessage(problem: UploadProblem, language: Language): string {
  return problem.message[language];
}

/** Two uploads in the order of their arrival: the comparison reads "before → after". */
export function inArrivalOrder(a: UploadView, b: UploadView): readonly [UploadView, UploadView] {
  return a.uploadedAt <= b.uploadedAt ? [a, b] : [b, a];
}

/** An upload's report with what a later step (commit) says about it. */
export function withView(report: UploadReport, view: UploadView): UploadReport {
  return { ...report, ...view, problems: report.problems };
}
