import { type EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { ActiveLanguage } from './active-language';
import { DictionaryLoader } from './dictionary-loader';
import { DEFAULT_LANGUAGE } from './language';

/** ngx-translate with the bundled dictionaries; German is the fallback and the default. */
export function provideI18n(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideTranslateService({
      loader: provideTranslateLoader(DictionaryLoader),
      fallbackLang: DEFAULT_LANGUAGE,
    }),
    provideAppInitializer(() => inject(ActiveLanguage).restore()),
  ]);
}
