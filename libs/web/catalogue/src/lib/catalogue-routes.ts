import type { Routes } from '@angular/router';
import { CataloguePage } from './catalogue-page';

/** Mounted at `/catalogue` by the app, behind the role guard for `admin` and `stabsstelle`. */
export const catalogueRoutes: Routes = [{ path: '', component: CataloguePage, title: 'catalogue.title' }];
