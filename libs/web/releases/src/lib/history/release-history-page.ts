import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { ReleaseView } from '@vielfalt/contracts';
import { ReleasesClient, SessionStore, catalogueState, toApiFailure } from '@vielfalt/web-data-access';
import { LocalDateTimePipe, LocalNumberPipe } from '@vielfalt/web-i18n';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { LocalPercentPipe } from '../local-percent-pipe';
import { InformationLossTable } from '../loss/information-loss-table';
import { PeriodSelect } from '../period-select/period-select';
import { choosePeriod } from '../release-periods';

type HistoryLoad =
  | { readonly state: 'idle' }
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly period: string; readonly releases: readonly ReleaseView[] }
  | { readonly state: 'failed'; readonly errorKey: string };

const errorKeyOf = (error: unknown) => `errors.${toApiFailure(error).code}`;

/**
 * The release history of one period (kept in the URL as `?period=`), newest version first: who
 * published it when and why, its settings, information loss and audit, and whether it is current;
 * each version's information loss per table on request. Readable by the staff council; the
 * Stabsstelle also finds the way to publish here.
 */
@Component({
  selector: 'vm-release-history-page',
  imports: [
    TranslatePipe,
    RouterLink,
    LocalDateTimePipe,
    LocalNumberPipe,
    LocalPercentPipe,
    InformationLossTable,
    PeriodSelect,
  ],
  templateUrl: './release-history-page.html',
  styleUrl: './release-history-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReleaseHistoryPage {
  private readonly releases = inject(ReleasesClient);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** Query parameter `period`, bound by the router. */
  readonly period = input<string>();

  private readonly catalogue = catalogueState();
  protected readonly catalogueLoading = this.catalogue.loading;
  protected readonly catalogueErrorKey = this.catalogue.errorKey;
  protected readonly periods = this.catalogue.periods;
  protected readonly dimensions = this.catalogue.dimensions;
  protected readonly selectedPeriod = computed(() => choosePeriod(this.periods(), this.period(), true));
  protected readonly canPublish = computed(() => this.session.hasRole('stabsstelle'));

  private readonly historyLoad = toSignal(
    toObservable(computed(() => this.selectedPeriod()?.key ?? null)).pipe(
      switchMap((period) =>
        period === null
          ? of<HistoryLoad>({ state: 'idle' })
          : this.releases.history(period).pipe(
              map((releases): HistoryLoad => ({ state: 'loaded', period, releases })),
              catchError((error: unknown) => of<HistoryLoad>({ state: 'failed', errorKey: errorKeyOf(error) })),
              startWith<HistoryLoad>({ state: 'loading' }),
            ),
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
    return load.state === 'loaded' ? load.releases : null;
  });

  /** Ids of the versions whose tables are shown. */
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());

  protected selectPeriod(key: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { period: key },
      queryParamsHandling: 'merge',
    });
  }

  protected toggleTables(release: ReleaseView): void {
    this.expanded.update((ids) => {
      const next = new Set(ids);
      if (!next.delete(release.id)) next.add(release.id);
      return next;
    });
  }
}
