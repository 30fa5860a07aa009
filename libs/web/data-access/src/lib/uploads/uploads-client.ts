import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { UploadDiff, UploadReport, UploadView } from '@vielfalt/contracts';
import type { Observable } from 'rxjs';

/** The file formats of the upload template. */
export type UploadTemplateFormat = 'xlsx' | 'csv';

const UPLOADS = '/api/uploads';

/** HR's uploads (`hr`): check a file, read reports and history, commit, compare, roll back. */
@Injectable({ providedIn: 'root' })
export class UploadsClient {
  private readonly http = inject(HttpClient);

  /** Sends a CSV or XLSX file to be checked; answers with the report (status `rejected` or `checked`). */
  check(file: File): Observable<UploadReport> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<UploadReport>(UPLOADS, form);
  }

  /** The uploads of one period (or of all), newest first. */
  history(period?: string): Observable<readonly UploadView[]> {
    const params = period ? new HttpParams().set('period', period) : undefined;
    return this.http.get<UploadView[]>(UPLOADS, { params });
  }

  report(id: string): Observable<UploadReport> {
    return this.http.get<UploadReport>(`${UPLOADS}/${encodeURIComponent(id)}`);
  }

  /** Makes a checked upload's data current; fails with `conflict` if the period changed since the check. */
  commit(id: string): Observable<UploadView> {
    return this.http.post<UploadView>(`${UPLOADS}/${encodeURIComponent(id)}/commit`, null);
  }

  /** Returns the period to its state right after `id` was committed; `conflict` when nothing would change. */
  rollBack(id: string): Observable<UploadView> {
    return this.http.post<UploadView>(`${UPLOADS}/${encodeURIComponent(id)}/rollback`, null);
  }

  /** What changes from upload `from` to upload `to`. */
  diff(from: string, to: string): Observable<UploadDiff> {
    return this.http.get<UploadDiff>(`${UPLOADS}/${encodeURIComponent(from)}/diff/${encodeURIComponent(to)}`);
  }

  /** Where the browser downloads the template of a period (a plain link, not an XHR). */
  templateUrl(period: string, format: UploadTemplateFormat): string {
    const params = new HttpParams().set('period', period).set('format', format);
    return `${UPLOADS}/template?${params.toString()}`;
  }
}
