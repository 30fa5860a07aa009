export { adminRoutes } from './lib/admin-routes';
export { UsersPage } from './lib/users/users-page';
