import type { PeriodView, UploadProblem, UploadReport, UploadView } from '@vielfalt/contracts';
import { choosePeriod, inArrivalOrder, problemMessage, problemsOf, withView } from './upload-view';

const periods: PeriodView[] = [
  { key: '2024', label: 'Welle 2024', referenceDate: '2024-06-30', status: 'published' },
  { key: '2025', label: 'Welle 2025', referenceDate: '2025-06-30', status: 'open' },
  { key: '2023', label: 'Welle 2023', referenceDate: '2023-06-30', status: 'published' },
];

const problem = (severity: UploadProblem['severity'], row: number): UploadProblem => ({
  severity,
  code: 'test_problem',
  sheet: 'Daten',
  row,
  column: 'I (count)',
  value: 'x',
  message: { de: `Zeile ${row}`, en: `Row ${row}` },
});

const view: UploadView = {
  id: 'u-1',
  periodKey: '2025',
  fileName: 'a.csv',
  fileFormat: 'csv',
  sha256: 'ab',
  bytes: 1,
  uploadedBy: 'Test HR',
  uploadedAt: '2026-03-01T08:00:00Z',
  status: 'checked',
  dataRows: 1,
  unitCount: 1,
  errorCount: 1,
  warningCount: 1,
  committedAt: null,
  committedBy: null,
  current: false,
};

describe('upload view helpers', () => {
  it('take the period from the URL when the catalogue knows it, else the newest', () => {
    expect(choosePeriod(periods, '2024')?.key).toBe('2024');
    expect(choosePeriod(periods, undefined)?.key).toBe('2025');
    expect(choosePeriod(periods, 'nonsense')?.key).toBe('2025');
    expect(choosePeriod([], '2025')).toBeNull();
  });

  it('split the problems into errors and warnings and speak the active language', () => {
    const report: UploadReport = { ...view, problems: [problem('error', 4), problem('warning', 7)] };

    expect(problemsOf(report, 'error').map((p) => p.row)).toEqual([4]);
    expect(problemsOf(report, 'warning').map((p) => p.row)).toEqual([7]);
    expect(problemMessage(report.problems[0], 'de')).toBe('Zeile 4');
    expect(problemMessage(report.problems[0], 'en')).toBe('Row 4');
  });

  it('compare two uploads from the older to the newer whichever was chosen first', () => {
    const later = { ...view, id: 'u-2', uploadedAt: '2026-03-05T08:00:00Z' };

    expect(inArrivalOrder(later, view).map((upload) => upload.id)).toEqual(['u-1', 'u-2']);
    expect(inArrivalOrder(view, later).map((upload) => upload.id)).toEqual(['u-1', 'u-2']);
  });

  it('keep the problems of a report when the commit answers with the new status', () => {
    const report: UploadReport = { ...view, problems: [problem('warning', 2)] };

    const committed = withView(report, { ...view, status: 'committed', current: true });

    expect(committed.status).toBe('committed');
    expect(committed.current).toBeTrue();
    expect(committed.problems.length).toBe(1);
  });
});
