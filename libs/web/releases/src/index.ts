export { protectionSettingsRoutes, releaseHistoryRoutes, releasePublishRoutes } from './lib/releases-routes';
