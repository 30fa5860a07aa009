import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import type { CatalogueView } from '@vielfalt/contracts';
import { CatalogueClient, toApiFailure } from '@vielfalt/web-data-access';
import { catchError, map, of, switchMap } from 'rxjs';
import { PeriodsSection } from './periods/periods-section';
import { AttributeForm } from './structure/attribute-form';
import { AttributesTable } from './structure/attributes-table';
import { DimensionForm } from './structure/dimension-form';
import { DimensionList } from './structure/dimension-list';
import { UnitsSection } from './units/units-section';

type CatalogueLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly catalogue: CatalogueView }
  | { readonly state: 'failed'; readonly errorKey: string };

/**
 * The catalogue for `admin` and `stabsstelle`: periods (with a form to create one), the
 * organisation at a reference date (kept in the URL as `?at=`) with the unit import, and the
 * structural attributes and dimensions with forms to create them and to add a dimension version.
 */
@Component({
  selector: 'vm-catalogue-page',
  imports: [TranslatePipe, PeriodsSection, UnitsSection, AttributesTable, AttributeForm, DimensionList, DimensionForm],
  templateUrl: './catalogue-page.html',
  styleUrl: './catalogue-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CataloguePage {
  private readonly client = inject(CatalogueClient);
  private readonly catalogueVersion = signal(0);

  /** Query parameter `at` (reference date of the organisation tree), bound by the router. */
  readonly at = input<string>();

  // A reload (after something was created) keeps the page as it is until the answer comes.
  private readonly load = toSignal(
    toObservable(this.catalogueVersion).pipe(
      switchMap(() =>
        this.client.read().pipe(
          map((catalogue): CatalogueLoad => ({ state: 'loaded', catalogue })),
          catchError((error: unknown) =>
            of<CatalogueLoad>({ state: 'failed', errorKey: `errors.${toApiFailure(error).code}` }),
          ),
        ),
      ),
    ),
    { initialValue: { state: 'loading' } as CatalogueLoad },
  );
  protected readonly loading = computed(() => this.load().state === 'loading');
  protected readonly errorKey = computed(() => {
    const load = this.load();
    return load.state === 'failed' ? load.errorKey : null;
  });
  protected readonly catalogue = computed(() => {
    const load = this.load();
    return load.state === 'loaded' ? load.catalogue : null;
  });

  protected reloadCatalogue(): void {
    this.catalogueVersion.update((version) => version + 1);
  }
}
