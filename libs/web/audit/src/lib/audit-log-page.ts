import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { AuditEventView, Page } from '@vielfalt/contracts';
import { AUDIT_ACTIONS } from '@vielfalt/contracts';
import { AuditEventsClient, toApiFailure } from '@vielfalt/web-data-access';
import { LocalDateTimePipe } from '@vielfalt/web-i18n';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import {
  AUDIT_PAGE_SIZE,
  actionLabelKey,
  describeDetails,
  pageCount,
  parseActionParam,
  parsePageParam,
} from './audit-view';

type AuditLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly result: Page<AuditEventView> }
  | { readonly state: 'failed'; readonly errorKey: string };

/**
 * The audit log, newest first, page by page, optionally for one action. Page and action live in
 * the URL (`?page=2&action=auth.login`), so a view can be bookmarked, reloaded and shared.
 */
@Component({
  selector: 'vm-audit-log-page',
  imports: [TranslatePipe, LocalDateTimePipe],
  templateUrl: './audit-log-page.html',
  styleUrl: './audit-log-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage {
  private readonly client = inject(AuditEventsClient);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** Query parameter `page`, bound by the router. */
  readonly page = input<string>();
  /** Query parameter `action`, bound by the router. */
  readonly action = input<string>();

  protected readonly pageNumber = computed(() => parsePageParam(this.page()));
  protected readonly actionFilter = computed(() => parseActionParam(this.action()));
  protected readonly actionOptions = AUDIT_ACTIONS.map((action) => ({ action, labelKey: actionLabelKey(action) }));

  private readonly load = toSignal(
    toObservable(computed(() => ({ page: this.pageNumber(), action: this.actionFilter() }))).pipe(
      switchMap((query) =>
        this.client.list({ ...query, pageSize: AUDIT_PAGE_SIZE }).pipe(
          map((result): AuditLoad => ({ state: 'loaded', result })),
          catchError((error: unknown) =>
            of<AuditLoad>({ state: 'failed', errorKey: `errors.${toApiFailure(error).code}` }),
          ),
          startWith<AuditLoad>({ state: 'loading' }),
        ),
      ),
    ),
    { initialValue: { state: 'loading' } as AuditLoad },
  );

  protected readonly loading = computed(() => this.load().state === 'loading');
  protected readonly errorKey = computed(() => {
    const load = this.load();
    return load.state === 'failed' ? load.errorKey : null;
  });
  protected readonly result = computed(() => {
    const load = this.load();
    return load.state === 'loaded' ? load.result : null;
  });
  protected readonly rows = computed(() =>
    (this.result()?.items ?? []).map((event) => ({
      ...event,
      actionLabelKey: actionLabelKey(event.action),
      details: describeDetails(event.details),
    })),
  );
  protected readonly pages = computed(() => {
    const result = this.result();
    return result ? pageCount(result.total, result.pageSize) : 1;
  });

  protected filterByAction(event: Event, action: string): void {
    event.preventDefault();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { action: parseActionParam(action) ?? null, page: null },
      queryParamsHandling: 'merge',
    });
  }

  protected showPage(page: number): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { page: page > 1 ? page : null },
      queryParamsHandling: 'merge',
    });
  }
}
