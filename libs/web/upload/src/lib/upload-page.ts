import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { UploadDiff, UploadReport, UploadView } from '@vielfalt/contracts';
import { UploadsClient, catalogueState, toApiFailure } from '@vielfalt/web-data-access';
import { LocalDateTimePipe, LocalNumberPipe } from '@vielfalt/web-i18n';
import { catchError, firstValueFrom, map, of, scan, startWith, switchMap } from 'rxjs';
import { UploadDiffTable } from './diff/upload-diff-table';
import { UploadHistory } from './history/upload-history';
import { ProblemTable } from './report/problem-table';
import { choosePeriod, inArrivalOrder, problemsOf, withView } from './upload-view';

type HistoryLoad =
  | { readonly state: 'idle' }
  | { readonly state: 'loading'; readonly period: string }
  | { readonly state: 'loaded'; readonly period: string; readonly uploads: readonly UploadView[] }
  | { readonly state: 'failed'; readonly period: string; readonly errorKey: string };

type Comparison =
  | { readonly state: 'loading'; readonly from: UploadView; readonly to: UploadView }
  | { readonly state: 'loaded'; readonly from: UploadView; readonly to: UploadView; readonly diff: UploadDiff }
  | { readonly state: 'failed'; readonly from: UploadView; readonly to: UploadView; readonly errorKey: string };

const errorKeyOf = (error: unknown) => `errors.${toApiFailure(error).code}`;

/**
 * HR's upload page: choose the period, download its template, check a file and read the report,
 * commit it, and work with the period's history (reports, comparisons, roll-back). The period, the report
 * shown and the comparison live in the URL (`?period=2025&report=<upload>&compare=<older>~<newer>`), so the
 * view can be bookmarked, reloaded and shared with a colleague of HR.
 */
@Component({
  selector: 'vm-upload-page',
  imports: [TranslatePipe, LocalDateTimePipe, LocalNumberPipe, ProblemTable, UploadHistory, UploadDiffTable],
  templateUrl: './upload-page.html',
  styleUrl: './upload-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UploadPage {
  private readonly uploads = inject(UploadsClient);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);

  /** Query parameters, bound by the router: the period, the upload whose report is shown, two uploads compared. */
  readonly period = input<string>();
  readonly report = input<string>();
  readonly compare = input<string>();

  private readonly reportHeading = viewChild<ElementRef<HTMLElement>>('reportHeading');
  private readonly committedMessage = viewChild<ElementRef<HTMLElement>>('committedMessage');
  private readonly comparisonHeading = viewChild<ElementRef<HTMLElement>>('comparisonHeading');
  private readonly rollBackDialog = viewChild.required<ElementRef<HTMLDialogElement>>('rollBackDialog');

  private readonly catalogue = catalogueState();
  protected readonly catalogueLoading = this.catalogue.loading;
  protected readonly catalogueErrorKey = this.catalogue.errorKey;
  protected readonly periods = this.catalogue.periods;
  protected readonly selectedPeriod = computed(() => choosePeriod(this.periods(), this.period()));
  protected readonly templateLinks = computed(() => {
    const period = this.selectedPeriod();
    return period
      ? { xlsx: this.uploads.templateUrl(period.key, 'xlsx'), csv: this.uploads.templateUrl(period.key, 'csv') }
      : null;
  });

  // History of the selected period; reloaded (without emptying the table) after every change.
  private readonly historyVersion = signal(0);
  private readonly historyQuery = computed(
    () => ({ period: this.selectedPeriod()?.key ?? null, version: this.historyVersion() }),
    { equal: (a, b) => a.period === b.period && a.version === b.version },
  );
  private readonly historyLoad = toSignal(
    toObservable(this.historyQuery).pipe(
      switchMap(({ period }) =>
        period === null
          ? of<HistoryLoad>({ state: 'idle' })
          : this.uploads.history(period).pipe(
              map((uploads): HistoryLoad => ({ state: 'loaded', period, uploads })),
              catchError((error: unknown) => of<HistoryLoad>({ state: 'failed', period, errorKey: errorKeyOf(error) })),
              startWith<HistoryLoad>({ state: 'loading', period }),
            ),
      ),
      // A reload of the same period keeps showing the table it had until the answer comes.
      scan((previous: HistoryLoad, next: HistoryLoad) =>
        next.state === 'loading' && previous.state === 'loaded' && previous.period === next.period ? previous : next,
      ),
    ),
    { initialValue: { state: 'idle' } as HistoryLoad },
  );
  protected readonly historyLoading = computed(() => this.historyLoad().state === 'loading');
  protected readonly historyErrorKey = computed(() => {
    const load = this.historyLoad();
    return load.state === 'failed' ? load.errorKey : null;
  });
  protected readonly history = computed(() => {
    const load = this.historyLoad();
    return load.state === 'loaded' ? load.uploads : null;
  });

  // Checking a file.
  protected readonly checking = signal(false);
  protected readonly fileErrorKey = signal<string | null>(null);
  protected readonly checkErrorKey = signal<string | null>(null);

  // The report shown (of the file just checked, or of an upload of the history).
  protected readonly shownReport = signal<UploadReport | null>(null);
  /** The upload whose report is shown or on its way, so that the address naming it does not load it again. */
  private readonly requestedReport = signal<string | null>(null);
  protected readonly reportLoading = signal(false);
  protected readonly reportErrorKey = signal<string | null>(null);
  protected readonly errors = computed(() => {
    const report = this.shownReport();
    return report ? problemsOf(report, 'error') : [];
  });
  protected readonly warnings = computed(() => {
    const report = this.shownReport();
    return report ? problemsOf(report, 'warning') : [];
  });

  // Committing the report's upload.
  protected readonly committing = signal(false);
  protected readonly commitErrorKey = signal<string | null>(null);
  protected readonly committed = signal<UploadView | null>(null);

  // Comparing two uploads of the selected period.
  private readonly compareFrom = signal<UploadView | null>(null);
  private readonly comparisonState = signal<Comparison | null>(null);
  protected readonly compareFromUpload = computed(() => this.inSelectedPeriod(this.compareFrom()));
  protected readonly comparison = computed(() => {
    const comparison = this.comparisonState();
    return comparison && this.inSelectedPeriod(comparison.from) ? comparison : null;
  });

  // Rolling the period back to an upload.
  protected readonly rollBackCandidate = signal<UploadView | null>(null);
  protected readonly rollingBack = signal(false);
  private readonly rollBackErrorState = signal<{ readonly period: string; readonly key: string } | null>(null);
  private readonly rolledBackState = signal<UploadView | null>(null);
  protected readonly rollBackErrorKey = computed(() => {
    const error = this.rollBackErrorState();
    return error && error.period === this.selectedPeriod()?.key ? error.key : null;
  });
  protected readonly rolledBack = computed(() => this.inSelectedPeriod(this.rolledBackState()));

  constructor() {
    // An address with a report or a comparison (reloaded, bookmarked, shared) opens it.
    effect(() => {
      const id = this.report();
      if (id && untracked(this.requestedReport) !== id) untracked(() => void this.loadReport(id));
    });
    effect(() => {
      const [fromId, toId] = this.compare()?.split('~') ?? [];
      const history = this.history();
      if (!fromId || !toId || !history) return;
      const shown = untracked(this.comparisonState);
      if (shown && shown.from.id === fromId && shown.to.id === toId) return;
      const from = history.find((upload) => upload.id === fromId);
      const to = history.find((upload) => upload.id === toId);
      if (from && to) untracked(() => void this.loadComparison(from, to));
    });
  }

  protected selectPeriod(key: string): void {
    this.setQuery({ period: key });
  }

  protected async checkFile(event: Event, input: HTMLInputElement): Promise<void> {
    event.preventDefault();
    if (this.checking()) return;
    this.fileErrorKey.set(null);
    this.checkErrorKey.set(null);
    const file = input.files?.[0];
    if (!file) {
      this.fileErrorKey.set('upload.check.fileRequired');
      return;
    }
    this.checking.set(true);
    try {
      const report = await firstValueFrom(this.uploads.check(file));
      this.showReport(report);
      this.historyVersion.update((version) => version + 1);
      // Show the history of the file's period, which now holds this upload.
      const period = report.periodKey;
      const otherPeriod =
        period && period !== this.selectedPeriod()?.key && this.periods().some((known) => known.key === period);
      this.setQuery({ report: report.id, ...(otherPeriod && { period }) });
    } catch (error) {
      this.checkErrorKey.set(errorKeyOf(error));
    } finally {
      this.checking.set(false);
    }
  }

  protected async openReport(upload: UploadView): Promise<void> {
    this.setQuery({ report: upload.id });
    await this.loadReport(upload.id);
  }

  private async loadReport(id: string): Promise<void> {
    this.requestedReport.set(id);
    this.reportErrorKey.set(null);
    this.reportLoading.set(true);
    try {
      this.showReport(await firstValueFrom(this.uploads.report(id)));
    } catch (error) {
      this.reportErrorKey.set(errorKeyOf(error));
    } finally {
      this.reportLoading.set(false);
    }
  }

  protected async commitReport(): Promise<void> {
    const report = this.shownReport();
    if (!report || report.status !== 'checked' || this.committing()) return;
    this.commitErrorKey.set(null);
    this.committing.set(true);
    try {
      const view = await firstValueFrom(this.uploads.commit(report.id));
      this.shownReport.set(withView(report, view));
      this.committed.set(view);
      this.focusAfterRender(this.committedMessage);
    } catch (error) {
      const failure = toApiFailure(error);
      this.commitErrorKey.set(failure.code === 'conflict' ? 'upload.errors.commitConflict' : `errors.${failure.code}`);
    } finally {
      this.committing.set(false);
      this.historyVersion.update((version) => version + 1);
    }
  }

  /** First call chooses an upload, the second compares the two (older → newer); the same upload again un-chooses it. */
  protected async chooseForComparison(upload: UploadView): Promise<void> {
    const first = this.compareFromUpload();
    if (!first) {
      this.compareFrom.set(upload);
      return;
    }
    this.compareFrom.set(null);
    if (first.id === upload.id) return;
    const [from, to] = inArrivalOrder(first, upload);
    this.setQuery({ compare: `${from.id}~${to.id}` });
    await this.loadComparison(from, to);
  }

  private async loadComparison(from: UploadView, to: UploadView): Promise<void> {
    this.comparisonState.set({ state: 'loading', from, to });
    try {
      const diff = await firstValueFrom(this.uploads.diff(from.id, to.id));
      this.comparisonState.set({ state: 'loaded', from, to, diff });
    } catch (error) {
      this.comparisonState.set({ state: 'failed', from, to, errorKey: errorKeyOf(error) });
    }
    this.focusAfterRender(this.comparisonHeading);
  }

  protected closeComparison(): void {
    this.comparisonState.set(null);
    this.setQuery({ compare: null });
  }

  protected askRollBack(upload: UploadView): void {
    this.rollBackCandidate.set(upload);
    this.rollBackErrorState.set(null);
    this.rolledBackState.set(null);
    this.rollBackDialog().nativeElement.showModal();
  }

  protected cancelRollBack(): void {
    this.rollBackDialog().nativeElement.close();
  }

  protected async confirmRollBack(): Promise<void> {
    const upload = this.rollBackCandidate();
    if (!upload || this.rollingBack()) return;
    this.rollingBack.set(true);
    try {
      await firstValueFrom(this.uploads.rollBack(upload.id));
      this.rolledBackState.set(upload);
      // What a commit announced is no longer the current state.
      this.committed.set(null);
    } catch (error) {
      const failure = toApiFailure(error);
      this.rollBackErrorState.set({
        period: upload.periodKey ?? '',
        key: failure.code === 'conflict' ? 'upload.errors.rollBackConflict' : `errors.${failure.code}`,
      });
    } finally {
      this.rollingBack.set(false);
      this.rollBackDialog().nativeElement.close();
      this.historyVersion.update((version) => version + 1);
    }
  }

  protected forgetRollBackCandidate(): void {
    this.rollBackCandidate.set(null);
  }

  private showReport(report: UploadReport): void {
    this.shownReport.set(report);
    this.requestedReport.set(report.id);
    this.committed.set(null);
    this.commitErrorKey.set(null);
    this.focusAfterRender(this.reportHeading);
  }

  /** Changes query parameters of the page's address (null removes one), keeping the others. */
  private setQuery(params: Record<string, string | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: params, queryParamsHandling: 'merge' });
  }

  private inSelectedPeriod(upload: UploadView | null): UploadView | null {
    return upload && upload.periodKey === this.selectedPeriod()?.key ? upload : null;
  }

  /** Moves focus to what a step just produced, once it is on the page (keyboard and screen-reader users follow). */
  private focusAfterRender(target: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(() => target()?.nativeElement.focus(), { injector: this.injector });
  }
}
