import type { Routes } from '@angular/router';
import { UploadPage } from './upload-page';

/** Mounted at `/upload` by the app, behind the role guard for `hr`. */
export const uploadRoutes: Routes = [{ path: '', component: UploadPage, title: 'upload.title' }];
