import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CatalogueView,
  DimensionDefinition,
  DimensionVersionDefinition,
  IsoDate,
  OrgUnitDefinition,
  PeriodDefinition,
  StructuralAttributeDefinition,
} from '@vielfalt/contracts';
import { type Observable, map } from 'rxjs';

/** Answer of the organisation-unit import: how many units it created and how many it changed. */
export interface UnitsImportResult {
  readonly created: number;
  readonly updated: number;
}

const CATALOGUE = '/api/catalogue';

/** The catalogue: read by every role; maintained by `admin` and `stabsstelle`. */
@Injectable({ providedIn: 'root' })
export class CatalogueClient {
  private readonly http = inject(HttpClient);

  /** Periods, structural attributes and dimensions with their versions. */
  read(): Observable<CatalogueView> {
    return this.http.get<CatalogueView>(CATALOGUE);
  }

  /** The organisation units valid at `at` (`YYYY-MM-DD`), or at today's date when left out. */
  units(at?: IsoDate): Observable<readonly OrgUnitDefinition[]> {
    const params = at ? new HttpParams().set('at', at) : undefined;
    return this.http.get<OrgUnitDefinition[]>(`${CATALOGUE}/units`, { params });
  }

  /** Creates a period; `conflict` if its key or reference date is taken, `validation_failed` with `details[].field`. */
  createPeriod(period: PeriodDefinition): Observable<void> {
    return this.http.post<unknown>(`${CATALOGUE}/periods`, period).pipe(map(() => undefined));
  }

  /**
   * Creates a structural attribute; `conflict` if its key is taken, `validation_failed` with
   * `details[].field` such as `label.de`, `values.1.key` or `values` (a value key twice).
   */
  createAttribute(attribute: StructuralAttributeDefinition): Observable<void> {
    return this.http.post<unknown>(`${CATALOGUE}/attributes`, attribute).pipe(map(() => undefined));
  }

  /** Creates a dimension with its first version; `details[].field` such as `versions.0.categories`. */
  createDimension(dimension: DimensionDefinition): Observable<void> {
    return this.http.post<unknown>(`${CATALOGUE}/dimensions`, dimension).pipe(map(() => undefined));
  }

  /**
   * Adds the next version of a dimension's categories; `details[].field` such as `validFromPeriod`
   * or `mappingFromPrevious` (with the unmapped old category key as `value`).
   */
  addDimensionVersion(dimensionKey: string, version: DimensionVersionDefinition): Observable<void> {
    return this.http
      .post<unknown>(`${CATALOGUE}/dimensions/${encodeURIComponent(dimensionKey)}/versions`, version)
      .pipe(map(() => undefined));
  }

  /** Creates and updates units from a CSV file (all rows or none); row problems in `details`. */
  importUnits(file: File): Observable<UnitsImportResult> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<UnitsImportResult>(`${CATALOGUE}/units/import`, form);
  }
}
