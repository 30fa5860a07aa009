import type { Routes } from '@angular/router';
import { ReleaseHistoryPage } from './history/release-history-page';
import { ReleasePublishPage } from './publish/release-publish-page';
import { ProtectionSettingsPage } from './settings/protection-settings-page';

/** Mounted at `/releases` by the app, behind the role guard for `stabsstelle`, `leadership` and `council`. */
export const releaseHistoryRoutes: Routes = [
  { path: '', component: ReleaseHistoryPage, title: 'releases.history.title' },
];

/** Mounted at `/releases/publish` by the app, behind the role guard for `stabsstelle`. */
export const releasePublishRoutes: Routes = [
  { path: '', component: ReleasePublishPage, title: 'releases.publish.title' },
];

/** Mounted at `/settings/protection`, readable by `admin`, `stabsstelle`, `leadership`, `council`. */
export const protectionSettingsRoutes: Routes = [
  { path: '', component: ProtectionSettingsPage, title: 'releases.settings.title' },
];
