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
        // Before `releases`, so that the stricter guard of the publish page applies.
        path: 'releases/publish',
        canActivate: [roleGuard(rolesFor('/releases/publish'))],
        loadChildren: () => import('@vielfalt/web-releases').then((m) => m.releasePublishRoutes),
      },
      {
        path: 'releases',
        canActivate: [roleGuard(rolesFor('/releases'))],
        loadChildren: () => import('@vielfalt/web-releases').then((m) => m.releaseHistoryRoutes),
      },
      {
        path: 'settings/protection',
        canActivate: [roleGuard(rolesFor('/settings/protection'))],
        loadChildren: () => import('@vielfalt/web-releases').then((m) => m.protectionSettingsRoutes),
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
