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
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { RELEASE_NOTE_MAX_LENGTH, type ReleasePreview, type ReleaseView } from '@vielfalt/contracts';
import { ReleasesClient, catalogueState, toApiFailure } from '@vielfalt/web-data-access';
import { ActiveLanguage, type ClientErrorCode, LocalNumberPipe } from '@vielfalt/web-i18n';
import { Chart } from '@vielfalt/web-ui';
import { firstValueFrom } from 'rxjs';
import { LocalPercentPipe } from '../local-percent-pipe';
import { InformationLossTable } from '../loss/information-loss-table';
import { PeriodSelect } from '../period-select/period-select';
import { choosePeriod } from '../release-periods';
import { nameTable, nameTables, suppressedShareChart } from '../release-tables';

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

/** Why a publication was refused: the text to show, and whether computing the preview again helps. */
interface PublishError {
  readonly period: string;
  readonly key: string;
  readonly recompute: boolean;
}

const errorKeyOf = (error: unknown) => `errors.${toApiFailure(error).code}`;
/** From this share of its people hidden, a cross-tab gets a word of why (docs/disclosure.md, "Why not more"). */
const HIDDEN_CROSS_TAB_SHARE = 0.9;

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

  private readonly catalogue = catalogueState();
  protected readonly catalogueLoading = this.catalogue.loading;
  protected readonly catalogueErrorKey = this.catalogue.errorKey;
  protected readonly periods = this.catalogue.periods;
  protected readonly dimensions = this.catalogue.dimensions;
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

  /** Cross-tabs that show (almost) nobody: the block rule hides every unit with something hidden below it. */
  protected readonly hiddenCrossTabs = computed(() =>
    (this.preview()?.tables ?? [])
      .filter(
        (table) => table.kind === 'crossTab' && table.informationLoss.peopleWeightedShare >= HIDDEN_CROSS_TAB_SHARE,
      )
      .map((table) => nameTable(table, this.dimensions(), this.language())),
  );

  // Publishing the preview.
  protected readonly note = signal('');
  protected readonly noteMaxLength = RELEASE_NOTE_MAX_LENGTH;
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
      this.previewLoad.set({ state: 'failed', period, errorKey: errorKeyOf(error) });
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
          settings: preview.settings,
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

/** Refusals after which a fresh preview shows what can be published now. */
const RECOMPUTE_AFTER: readonly ClientErrorCode[] = [
  'release_data_changed',
  'release_settings_changed',
  'release_already_published',
  'release_version_conflict',
  'release_audit_failed',
];

/**
 * What a refused publication means for the user, read from its code (never from the message): the
 * text is `errors.<code>`; after some refusals the page offers to compute the preview again.
 */
function publishErrorOf(error: unknown): Omit<PublishError, 'period'> {
  const { code } = toApiFailure(error);
  return { key: `errors.${code}`, recompute: RECOMPUTE_AFTER.includes(code) };
}
