import { Pipe, type PipeTransform, inject } from '@angular/core';
import { ActiveLanguage } from './active-language';

/**
 * Formats an ISO timestamp as date and time in the active language's locale, e.g.
 * `25.11.2026, 14:03` in German. Impure so that it follows a language switch; the
 * formatter is cached per locale.
 */
@Pipe({ name: 'localDateTime', pure: false })
export class LocalDateTimePipe implements PipeTransform {
  private readonly activeLanguage = inject(ActiveLanguage);
  private formatter: Intl.DateTimeFormat | null = null;
  private formatterLocale = '';

  transform(value: string | Date | null | undefined): string {
    if (value === null || value === undefined) return '';
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) return String(value);
    const locale = this.activeLanguage.locale();
    if (this.formatter === null || this.formatterLocale !== locale) {
      this.formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
      this.formatterLocale = locale;
    }
    return this.formatter.format(date);
  }
}
