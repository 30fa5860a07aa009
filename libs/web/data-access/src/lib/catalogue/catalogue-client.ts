import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CatalogueView, IsoDate, OrgUnitDefinition, PeriodDefinition } from '@vielfalt/contracts';
import { type Observable, map } from 'rxjs';

/** Answer of the organisation-unit import: how many units it created and how many it changed. */
export interface UnitsImportResult {
  readonly created: number;
  readonly updated: number;
}

const CATALOGUE = '/api/catalogue';

/** The catalogue: read by every role; periods and units maintained by `admin` and `stabsstelle`. */
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

  /** Creates and updates units from a CSV file (all rows or none); row problems in `details`. */
  importUnits(file: File): Observable<UnitsImportResult> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<UnitsImportResult>(`${CATALOGUE}/units/import`, form);
  }
}
