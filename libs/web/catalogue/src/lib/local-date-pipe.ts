import { Pipe, type PipeTransform, inject } from '@angular/core';
import { ActiveLanguage } from '@vielfalt/web-i18n';

/**
 * Formats a calendar date `YYYY-MM-DD` in the active language's locale (`30.06.2025` in German,
 * `30/06/2025` in English) without shifting it through a time zone. Impure so that it follows a
 * language switch; the formatter is cached per locale.
 */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly activeLanguage = inject(ActiveLanguage);
  private formatter: Intl.DateTimeFormat | null = null;
  private formatterLocale = '';

  transform(value: string | null | undefined): string {
    if (value === null || value === undefined) return '';
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return value;
    const locale = this.activeLanguage.locale();
    if (this.formatter === null || this.formatterLocale !== locale) {
      this.formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
      this.formatterLocale = locale;
    }
    return this.formatter.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
  }
}
