import { Injectable } from '@angular/core';
import { TranslateLoader, type TranslationObject } from '@ngx-translate/core';
import { type Observable, of } from 'rxjs';
import { DICTIONARIES } from './dictionaries';
import { DEFAULT_LANGUAGE, isLanguage } from './language';

/** Hands ngx-translate the typed dictionaries compiled into the bundle. */
@Injectable()
export class DictionaryLoader implements TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    return of(DICTIONARIES[isLanguage(lang) ? lang : DEFAULT_LANGUAGE]);
  }
}
