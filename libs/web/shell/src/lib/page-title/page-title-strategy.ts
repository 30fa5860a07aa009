import { Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';

/**
 * Reads a route's `title` as a translation key and sets the document title to
 * "<page> – Vielfaltsmonitor", again whenever the language changes.
 */
@Injectable({ providedIn: 'root' })
export class PageTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly translate = inject(TranslateService);
  private pageKey: string | undefined;

  constructor() {
    super();
    this.translate.onLangChange.pipe(takeUntilDestroyed()).subscribe(() => this.applyTitle());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey = this.buildTitle(snapshot);
    this.applyTitle();
  }

  private applyTitle(): void {
    const product = this.translate.instant('app.name') as string;
    const page = this.pageKey ? (this.translate.instant(this.pageKey) as string) : null;
    this.title.setTitle(page ? `${page} – ${product}` : product);
  }
}
