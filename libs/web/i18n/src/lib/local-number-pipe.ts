import { Pipe, type PipeTransform, inject } from '@angular/core';
import { ActiveLanguage } from './active-language';

/**
 * Formats a number in the active language's locale (`1.234,5` in German, `1,234.5` in English).
 * Impure so that it follows a language switch; the formatter is cached per locale.
 */
@Pipe({ name: 'localNumber', pure: false })
export class LocalNumberPipe implements PipeTransform {
  private readonly activeLanguage = inject(ActiveLanguage);
  private formatter: Intl.NumberFormat | null = null;
  private formatterLocale = '';

  transform(value: number | null | undefined): string {
    if (value === null || value === undefined) return '';
    const locale = this.activeLanguage.locale();
    if (this.formatter === null || this.formatterLocale !== locale) {
      this.formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
      this.formatterLocale = locale;
    }
    return this.formatter.format(value);
  }
}
