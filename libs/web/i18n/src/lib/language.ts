/** The languages of the UI, German first. */
export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'de';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The locale used for dates and numbers in a language (German conventions for `de`). */
export function localeOf(language: Language): string {
  return language === 'de' ? 'de-DE' : 'en-GB';
}
