export { de, type ClientErrorCode, type Dictionary, type KeySafe } from './lib/de';
export { en } from './lib/en';
export { DICTIONARIES } from './lib/dictionaries';
export { DEFAULT_LANGUAGE, LANGUAGES, type Language, isLanguage, localeOf } from './lib/language';
export { ActiveLanguage } from './lib/active-language';
export { provideI18n } from './lib/provide-i18n';
export { LocalDateTimePipe } from './lib/local-date-time-pipe';
export { LocalNumberPipe } from './lib/local-number-pipe';
