import { type Signal, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { CatalogueView, DimensionDefinition, PeriodView } from '@vielfalt/contracts';
import { catchError, map, of } from 'rxjs';
import { toApiFailure } from '../http/api-failure';
import { CatalogueClient } from './catalogue-client';

/** The catalogue as a page shows it, derived from one read of `GET /api/catalogue`. */
export interface CatalogueState {
  /** True until the catalogue has arrived or failed. */
  readonly loading: Signal<boolean>;
  /** Translation key of the failure (`errors.<code>`), or null. */
  readonly errorKey: Signal<string | null>;
  /** The periods newest first (by reference date); empty until loaded. */
  readonly periods: Signal<readonly PeriodView[]>;
  /** The dimensions with their versions; empty until loaded. */
  readonly dimensions: Signal<readonly DimensionDefinition[]>;
}

type CatalogueLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly catalogue: CatalogueView }
  | { readonly state: 'failed'; readonly errorKey: string };

/** The periods newest first (by reference date), as the period selectors list them. */
export function periodsNewestFirst(periods: readonly PeriodView[]): readonly PeriodView[] {
  return [...periods].sort((a, b) => b.referenceDate.localeCompare(a.referenceDate));
}

/**
 * Reads the catalogue once and offers what the pages derive from it. Call it in an injection
 * context (a field initialiser of a component): the read ends with the component.
 */
export function catalogueState(): CatalogueState {
  const load = toSignal(
    inject(CatalogueClient)
      .read()
      .pipe(
        map((catalogue): CatalogueLoad => ({ state: 'loaded', catalogue })),
        catchError((error: unknown) =>
          of<CatalogueLoad>({ state: 'failed', errorKey: `errors.${toApiFailure(error).code}` }),
        ),
      ),
    { initialValue: { state: 'loading' } as CatalogueLoad },
  );
  return {
    loading: computed(() => load().state === 'loading'),
    errorKey: computed(() => {
      const current = load();
      return current.state === 'failed' ? current.errorKey : null;
    }),
    periods: computed(() => {
      const current = load();
      return current.state === 'loaded' ? periodsNewestFirst(current.catalogue.periods) : [];
    }),
    dimensions: computed(() => {
      const current = load();
      return current.state === 'loaded' ? current.catalogue.dimensions : [];
    }),
  };
}
