import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuditAction, AuditEventView, Page } from '@vielfalt/contracts';
import type { Observable } from 'rxjs';

export interface AuditEventsQuery {
  readonly page: number;
  readonly pageSize: number;
  readonly action?: AuditAction;
}

/** Reads the audit log (`council`, `admin`), newest first, page by page. */
@Injectable({ providedIn: 'root' })
export class AuditEventsClient {
  private readonly http = inject(HttpClient);

  list(query: AuditEventsQuery): Observable<Page<AuditEventView>> {
    let params = new HttpParams().set('page', query.page).set('pageSize', query.pageSize);
    if (query.action) params = params.set('action', query.action);
    return this.http.get<Page<AuditEventView>>('/api/audit-events', { params });
  }
}
