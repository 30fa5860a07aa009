import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

bootstrapApplication(App, appConfig).catch((error: unknown) => {
  // The app could not start: show it in the page rather than leave it blank.
  document.body.textContent = 'Vielfaltsmonitor konnte nicht starten. / Vielfaltsmonitor could not start.';
  throw error;
});
