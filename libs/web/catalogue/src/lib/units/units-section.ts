import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { ApiErrorDetail, OrgUnitDefinition } from '@vielfalt/contracts';
import { CatalogueClient, type UnitsImportResult, toApiFailure } from '@vielfalt/web-data-access';
import { LocalNumberPipe } from '@vielfalt/web-i18n';
import { catchError, firstValueFrom, map, of, switchMap } from 'rxjs';
import { LocalDatePipe } from '../local-date-pipe';
import { UnitBranch } from './unit-branch';
import { buildUnitTree, parseDateParam, todayIso } from './unit-tree';

type UnitsLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly units: readonly OrgUnitDefinition[] }
  | { readonly state: 'failed'; readonly errorKey: string };

/**
 * The organisation as it is on a reference date (kept in the URL as `?at=2025-06-30`), and the
 * import of units from a CSV file with the file's problems row by row.
 */
@Component({
  selector: 'vm-units-section',
  imports: [TranslatePipe, LocalDatePipe, LocalNumberPipe, UnitBranch],
  templateUrl: './units-section.html',
  styleUrl: './units-section.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitsSection {
  private readonly client = inject(CatalogueClient);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** The reference date from the URL; today when missing or not a date. */
  readonly at = input<string>();

  protected readonly date = computed(() => parseDateParam(this.at()) ?? todayIso());
  private readonly unitsVersion = signal(0);
  private readonly query = computed(() => ({ date: this.date(), version: this.unitsVersion() }), {
    equal: (a, b) => a.date === b.date && a.version === b.version,
  });
  private readonly load = toSignal(
    toObservable(this.query).pipe(
      switchMap(({ date }) =>
        this.client.units(date).pipe(
          map((units): UnitsLoad => ({ state: 'loaded', units })),
          catchError((error: unknown) =>
            of<UnitsLoad>({ state: 'failed', errorKey: `errors.${toApiFailure(error).code}` }),
          ),
        ),
      ),
    ),
    { initialValue: { state: 'loading' } as UnitsLoad },
  );
  protected readonly loading = computed(() => this.load().state === 'loading');
  protected readonly errorKey = computed(() => {
    const load = this.load();
    return load.state === 'failed' ? load.errorKey : null;
  });
  protected readonly units = computed(() => {
    const load = this.load();
    return load.state === 'loaded' ? load.units : null;
  });
  protected readonly tree = computed(() => buildUnitTree(this.units() ?? []));

  protected readonly importing = signal(false);
  protected readonly fileErrorKey = signal<string | null>(null);
  protected readonly importErrorKey = signal<string | null>(null);
  protected readonly importProblems = signal<readonly ApiErrorDetail[]>([]);
  protected readonly imported = signal<UnitsImportResult | null>(null);

  protected showDate(event: Event, value: string): void {
    event.preventDefault();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { at: parseDateParam(value) ?? null },
      queryParamsHandling: 'merge',
    });
  }

  protected async importUnits(event: Event, input: HTMLInputElement): Promise<void> {
    event.preventDefault();
    if (this.importing()) return;
    this.fileErrorKey.set(null);
    this.importErrorKey.set(null);
    this.importProblems.set([]);
    this.imported.set(null);
    const file = input.files?.[0];
    if (!file) {
      this.fileErrorKey.set('catalogue.units.fileRequired');
      return;
    }
    this.importing.set(true);
    try {
      this.imported.set(await firstValueFrom(this.client.importUnits(file)));
      input.value = '';
      this.unitsVersion.update((version) => version + 1);
    } catch (error) {
      const failure = toApiFailure(error);
      this.importErrorKey.set(`errors.${failure.code}`);
      this.importProblems.set(failure.details.filter((detail) => detail.field === undefined));
    } finally {
      this.importing.set(false);
    }
  }
}
