import type { Routes } from '@angular/router';
import { HomePage, LoginPage, NotFoundPage, authGuard, roleGuard, rolesFor } from '@vielfalt/web-shell';

/** Route `title`s are translation keys (see PageTitleStrategy); roles come from the navigation data. */
export const appRoutes: Routes = [
  { path: 'login', component: LoginPage, title: 'login.title' },
  {
    path: '',
    canActivate: [authGuard],
    children: [
      { path: '', pathMatch: 'full', component: HomePage, title: 'home.title' },
      {
        path: 'upload',
        canActivate: [roleGuard(rolesFor('/upload'))],
        loadChildren: () => import('@vielfalt/web-upload').then((m) => m.uploadRoutes),
      },
      {
        path: 'catalogue',
        canActivate: [roleGuard(rolesFor('/catalogue'))],
        loadChildren: () => import('@vielfalt/web-catalogue').then((m) => m.catalogueRoutes),
      },
      {
        path: 'audit',
        canActivate: [roleGuard(rolesFor('/audit'))],
        loadChildren: () => import('@vielfalt/web-audit').then((m) => m.auditRoutes),
      },
      {
        path: 'admin',
        canActivate: [roleGuard(rolesFor('/admin/users'))],
        loadChildren: () => import('@vielfalt/web-admin').then((m) => m.adminRoutes),
      },
    ],
  },
  { path: '**', component: NotFoundPage, title: 'notFound.title' },
];
