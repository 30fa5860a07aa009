import type { Routes } from '@angular/router';
import { UsersPage } from './users/users-page';

/** Mounted at `/admin` by the app, behind the role guard for `admin`. */
export const adminRoutes: Routes = [
  { path: 'users', component: UsersPage, title: 'admin.users.title' },
  { path: '', pathMatch: 'full', redirectTo: 'users' },
];
