import { de, type Dictionary } from './de';
import { en } from './en';
import type { Language } from './language';

/** Every dictionary, by language. Bundled: there is no fetch of JSON files. */
export const DICTIONARIES: Readonly<Record<Language, Dictionary>> = { de, en };
