import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreateUserBody, UserSummary } from '@vielfalt/contracts';
import type { Observable } from 'rxjs';

/** Lists and creates user accounts (`admin`). */
@Injectable({ providedIn: 'root' })
export class UsersClient {
  private readonly http = inject(HttpClient);

  list(): Observable<readonly UserSummary[]> {
    return this.http.get<UserSummary[]>('/api/users');
  }

  create(request: CreateUserBody): Observable<UserSummary> {
    return this.http.post<UserSummary>('/api/users', request);
  }
}
