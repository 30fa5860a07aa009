import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { type ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { apiErrorInterceptor } from '@vielfalt/web-data-access';
import { provideI18n } from '@vielfalt/web-i18n';
import { PageTitleStrategy, sessionExpiryInterceptor } from '@vielfalt/web-shell';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(appRoutes, withComponentInputBinding()),
    { provide: TitleStrategy, useClass: PageTitleStrategy },
    provideHttpClient(
      // Double-submit CSRF: the API sets XSRF-TOKEN; Angular echoes it on same-origin POST/PUT/DELETE.
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([apiErrorInterceptor, sessionExpiryInterceptor]),
    ),
    provideI18n(),
  ],
};
