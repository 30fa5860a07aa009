export { uploadRoutes } from './lib/upload-routes';
export { UploadPage } from './lib/upload-page';
