import { Pipe, type PipeTransform, inject } from '@angular/core';
import { ActiveLanguage } from '@vielfalt/web-i18n';

/**
 * Formats a share between 0 and 1 as a percentage in the active language's locale (`12,5 %` in
 * German, `12.5%` in English). Impure so that it follows a language switch; the formatter is cached.
 */
@Pipe({ name: 'localPercent', pure: false })
export class LocalPercentPipe implements PipeTransform {
  private readonly activeLanguage = inject(ActiveLanguage);
  private formatter: Intl.NumberFormat | null = null;
  private formatterLocale = '';

  transform(value: number | null | undefined): string {
    if (value === null || value === undefined) return '';
    const locale = this.activeLanguage.locale();
    if (this.formatter === null || this.formatterLocale !== locale) {
      this.formatter = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
      this.formatterLocale = locale;
    }
    return this.formatter.format(value);
  }
}
