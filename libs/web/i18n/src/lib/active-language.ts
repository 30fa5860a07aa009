import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { DEFAULT_LANGUAGE, type Language, isLanguage, localeOf } from './language';

const STORAGE_KEY = 'vielfaltsmonitor.language';

/**
 * The language the UI speaks: switches ngx-translate at run time, remembers the choice in
 * localStorage and keeps `<html lang>` in step, so screen readers pronounce the text correctly.
 */
@Injectable({ providedIn: 'root' })
export class ActiveLanguage {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(DEFAULT_LANGUAGE);

  readonly language = this.current.asReadonly();
  /** BCP 47 locale for `Intl` formatting of dates and numbers. */
  readonly locale = computed(() => localeOf(this.current()));

  /** Applies the remembered language, or German. Runs once at start-up. */
  restore(): Promise<void> {
    const remembered = this.readRemembered();
    return this.apply(remembered ?? DEFAULT_LANGUAGE);
  }

  /** Switches the UI to `language` and remembers the choice for the next visit. */
  async switchTo(language: Language): Promise<void> {
    await this.apply(language);
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Storage can be unavailable (privacy settings); the switch still holds for this visit.
    }
  }

  private async apply(language: Language): Promise<void> {
    await firstValueFrom(this.translate.use(language));
    this.current.set(language);
    this.document.documentElement.lang = language;
  }

  private readRemembered(): Language | null {
    try {
      const value = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
      return isLanguage(value) ? value : null;
    } catch {
      return null;
    }
  }
}
