import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { CatalogueView, ReleasePreview, ReleaseView } from '@vielfalt/contracts';
import { type ApiFailure, CatalogueClient, ReleasesClient, toApiFailure } from '@vielfalt/web-data-access';
import { ActiveLanguage, LocalNumberPipe } from '@vielfalt/web-i18n';
import { Chart } from '@vielfalt/web-ui';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import { LocalPercentPipe } from '../local-percent-pipe';
import { InformationLossTable } from '../loss/information-loss-table';
import { PeriodSelect } from '../period-select/period-select';
import { choosePeriod, periodsNewestFirst } from '../release-periods';
import { nameTables, suppressedShareChart } from '../release-tables';

type CatalogueLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly catalogue: CatalogueView }
  | { readonly state: 'failed'; readonly errorKey: string };

type PreviewLoad =
  | { readonly state: 'loading'; readonly period: string }
  | {
      readonly state: 'loaded';
      readonly period: string;
      readonly preview: ReleasePreview;
      /** The newest published version of the period, if any. */
      readonly latest: ReleaseView | null;
    }
  | { readonly state: 'failed'; readonly period: string; readonly errorKey: string };

/** Why a publication was refused: the data changed (recompute the preview), the audit failed, or another error. */
interface PublishError {
  readonly period: string;
  readonly key: string;
  readonly recompute: boolean;
}

const errorKeyOf = (error: unknown) => `errors.${toApiFailure(error).code}`;

/**
 * The Stabsstelle's publish page: choose a period (kept in the URL as `?period=`), compute the
 * preview of its release (version, settings, audit, information loss, units without a breakdown),
 * then publish it after a confirmation that says a release cannot be changed afterwards.
 */
@Component({
  selector: 'vm-release-publish-page',
  imports: [TranslatePipe, RouterLink, LocalNumberPipe, LocalPercentPipe, Chart, InformationLossTable, PeriodSelect],
  templateUrl: './release-publish-page.html',
  styleUrl: './release-publish-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReleasePublishPage {
  private readonly releases = inject(ReleasesClient);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly language = inject(ActiveLanguage).language;

  /** Query parameter `period`, bound by the router. */
  readonly period = input<string>();

  private readonly previewHeading = viewChild<ElementRef<HTMLElement>>('previewHeading');
  private readonly noteInput = viewChild<ElementRef<HTMLTextAreaElement>>('noteInput');
  private readonly publishedMessage = viewChild<ElementRef<HTMLElement>>('publishedMessage');
  private readonly publishErrorMessage = viewChild<ElementRef<HTMLElement>>('publishErrorMessage');
  private readonly confirmDialog = viewChild<ElementRef<HTMLDialogElement>>('confirmDialog');

  private readonly catalogueLoad = toSignal(
    inject(CatalogueClient)
      .read()
      .pipe(
        map((catalogue): CatalogueLoad => ({ state: 'loaded', catalogue })),
        catchError((error: unknown) => of<CatalogueLoad>({ state: 'failed', errorKey: errorKeyOf(error) })),
      ),
    { initialValue: { state: 'loading' } as CatalogueLoad },
  );
  protected readonly catalogueLoading = computed(() => this.catalogueLoad().state === 'loading');
  protected readonly catalogueErrorKey = computed(() => {
    const load = this.catalogueLoad();
    return load.state === 'failed' ? load.errorKey : null;
  });
  protected readonly periods = computed(() => {
    const load = this.catalogueLoad();
    return load.state === 'loaded' ? periodsNewestFirst(load.catalogue.periods) : [];
  });
  protected readonly dimensions = computed(() => {
    const load = this.catalogueLoad();
    return load.state === 'loaded' ? load.catalogue.dimensions : [];
  });
  protected readonly selectedPeriod = computed(() => choosePeriod(this.periods(), this.period()));

  // The preview shown belongs to the selected period; choosing another period hides it.
  private readonly previewLoad = signal<PreviewLoad | null>(null);
  private readonly shownPreviewLoad = computed(() => {
    const load = this.previewLoad();
    return load && load.period === this.selectedPeriod()?.key ? load : null;
  });
  protected readonly previewLoading = computed(() => this.shownPreviewLoad()?.state === 'loading');
  protected readonly previewErrorKey = computed(() => {
    const load = this.shownPreviewLoad();
    return load?.state === 'failed' ? load.errorKey : null;
  });
  protected readonly preview = computed(() => {
    const load = this.shownPreviewLoad();
    return load?.state === 'loaded' ? load.preview : null;
  });
  protected readonly isCorrection = computed(() => (this.preview()?.version ?? 1) >= 2);
  /**
   * The version already published from the very data and settings of the preview: the server
   * refuses to publish them again, so the page says so before anyone confirms.
   */
  protected readonly samePublished = computed(() => {
    const load = this.shownPreviewLoad();
    return load?.state === 'loaded' && load.latest && publishesTheSame(load.latest, load.preview) ? load.latest : null;
  });
  protected readonly publishable = computed(() => !!this.preview()?.audit.passed && !this.samePublished());
  protected readonly chartData = computed(() => {
    const preview = this.preview();
    return preview
      ? suppressedShareChart(nameTables(preview.tables, this.dimensions(), this.language()), this.language())
      : null;
  });

  // Publishing the preview.
  protected readonly note = signal('');
  protected readonly noteErrorKey = signal<string | null>(null);
  protected readonly publishing = signal(false);
  private readonly publishErrorState = signal<PublishError | null>(null);
  private readonly publishedState = signal<ReleaseView | null>(null);
  protected readonly publishError = computed(() => {
    const error = this.publishErrorState();
    return error && error.period === this.selectedPeriod()?.key ? error : null;
  });
  protected readonly published = computed(() => {
    const release = this.publishedState();
    return release && release.periodKey === this.selectedPeriod()?.key ? release : null;
  });

  protected selectPeriod(key: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { period: key },
      queryParamsHandling: 'merge',
    });
  }

  protected async computePreview(): Promise<void> {
    const period = this.selectedPeriod()?.key;
    if (!period || this.previewLoading()) return;
    this.publishErrorState.set(null);
    this.publishedState.set(null);
    this.noteErrorKey.set(null);
    this.previewLoad.set({ state: 'loading', period });
    try {
      const [preview, history] = await Promise.all([
        firstValueFrom(this.releases.preview(period)),
        // Without the history the page still works; the server refuses a repeated publication anyway.
        firstValueFrom(this.releases.history(period)).catch(() => []),
      ]);
      this.previewLoad.set({ state: 'loaded', period, preview, latest: history[0] ?? null });
    } catch (error) {
      this.previewLoad.set({ state: 'failed', period, errorKey: previewErrorKeyOf(error) });
    }
    this.focusAfterRender(this.previewHeading);
  }

  protected updateNote(value: string): void {
    this.note.set(value);
    if (value.trim() !== '') this.noteErrorKey.set(null);
  }

  /** Checks the note (required for a correction), then asks for confirmation. */
  protected askPublish(event: Event): void {
    event.preventDefault();
    if (!this.publishable() || this.publishing()) return;
    this.publishErrorState.set(null);
    if (this.isCorrection() && this.note().trim() === '') {
      this.noteErrorKey.set('releases.publish.noteRequired');
      this.noteInput()?.nativeElement.focus();
      return;
    }
    this.noteErrorKey.set(null);
    this.confirmDialog()?.nativeElement.showModal();
  }

  protected cancelPublish(): void {
    this.confirmDialog()?.nativeElement.close();
  }

  protected async confirmPublish(): Promise<void> {
    const preview = this.preview();
    if (!preview || this.publishing()) return;
    const note = this.note().trim();
    this.publishing.set(true);
    try {
      const release = await firstValueFrom(
        this.releases.publish({
          periodKey: preview.periodKey,
          dataVersion: preview.dataVersion,
          ...(note === '' ? {} : { note }),
        }),
      );
      this.publishedState.set(release);
      // The preview is spent: publishing again would make the next version.
      this.previewLoad.set(null);
      this.note.set('');
      this.focusAfterRender(this.publishedMessage);
    } catch (error) {
      this.publishErrorState.set({ period: preview.periodKey, ...publishErrorOf(error) });
      this.focusAfterRender(this.publishErrorMessage);
    } finally {
      this.publishing.set(false);
      this.confirmDialog()?.nativeElement.close();
    }
  }

  /** Moves focus to what a step just produced, once it is on the page. */
  private focusAfterRender(target: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(() => target()?.nativeElement.focus(), { injector: this.injector });
  }
}

/** True if `release` was built from the data version and settings of `preview`. */
function publishesTheSame(release: ReleaseView, preview: ReleasePreview): boolean {
  return (
    release.dataVersion === preview.dataVersion &&
    release.settings.k === preview.settings.k &&
    release.settings.minRespondents === preview.settings.minRespondents
  );
}

const fieldOf = (failure: ApiFailure) => failure.details.find((detail) => detail.field)?.field ?? null;

/** A preview refused with 409: the period's data cannot be protected as they are. */
function previewErrorKeyOf(error: unknown): string {
  const failure = toApiFailure(error);
  return failure.status === 409 ? 'releases.publish.errors.notPublishable' : `errors.${failure.code}`;
}

/**
 * What a refused publication means for the user, read from status, code and the field the server
 * names (never from its message): the data changed since the preview (`dataVersion`, compute it
 * again); the data cannot be protected as they are (`period`); a correction without a note; the
 * audit failed (422); another refusal with 409 (already published, or the audit failed).
 */
function publishErrorOf(error: unknown): Omit<PublishError, 'period'> {
  const failure = toApiFailure(error);
  const field = fieldOf(failure);
  if (failure.status === 409 && field === 'dataVersion') {
    return { key: 'releases.publish.errors.dataChanged', recompute: true };
  }
  if (failure.status === 409 && field === 'period') {
    return { key: 'releases.publish.errors.notPublishable', recompute: false };
  }
  if (failure.status === 409) return { key: 'releases.publish.errors.refused', recompute: true };
  if (failure.status === 422) return { key: 'releases.publish.errors.auditFailed', recompute: true };
  if (failure.code === 'validation_failed' && field === 'note') {
    return { key: 'releases.publish.errors.noteRequired', recompute: false };
  }
  return { key: `errors.${failure.code}`, recompute: false };
}
