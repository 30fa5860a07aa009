import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ProtectionSettings,
  ProtectionSettingsView,
  PublishReleaseRequest,
  ReleasePreview,
  ReleaseView,
} from '@vielfalt/contracts';
import { type Observable, map } from 'rxjs';

const RELEASES = '/api/releases';
const PROTECTION_SETTINGS = '/api/protection-settings';

/**
 * Releases and the protection settings they are built with. Preview and publish are for
 * `stabsstelle`; the history and the settings are readable also by `leadership` and `council`
 * (settings also by `admin`, who alone changes them).
 */
@Injectable({ providedIn: 'root' })
export class ReleasesClient {
  private readonly http = inject(HttpClient);

  /** What publishing `periodKey` now would give: version, settings, audit, information loss. */
  preview(periodKey: string): Observable<ReleasePreview> {
    return this.http.get<ReleasePreview>(`${RELEASES}/preview`, { params: new HttpParams().set('period', periodKey) });
  }

  /**
   * Publishes the previewed period. A refusal carries a `release_*` code: for example
   * `release_data_changed` (409) when the data changed since the preview, or
   * `release_audit_failed` (422) for a release that fails the protection audit.
   */
  publish(request: PublishReleaseRequest): Observable<ReleaseView> {
    return this.http.post<ReleaseView>(RELEASES, request);
  }

  /** The published versions of `periodKey`, newest first. */
  history(periodKey: string): Observable<readonly ReleaseView[]> {
    return this.http.get<ReleaseView[]>(RELEASES, { params: new HttpParams().set('period', periodKey) });
  }

  /** The protection settings in force, with who changed them last and when. */
  protectionSettings(): Observable<ProtectionSettingsView> {
    return this.http.get<ProtectionSettingsView>(PROTECTION_SETTINGS);
  }

  /** Changes the settings (`admin`); `validation_failed` with `details[].field` below the floors. */
  updateProtectionSettings(settings: ProtectionSettings): Observable<void> {
    return this.http.put<unknown>(PROTECTION_SETTINGS, settings).pipe(map(() => undefined));
  }
}
