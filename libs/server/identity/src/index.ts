export { CSRF_HEADER } from './lib/csrf.guard';
export { DEMO_LOGINS, DemoUsers, type DemoLogin } from './lib/demo-users';
export { IdentityModule } from './lib/identity.module';
export type { IdentityOptions } from './lib/identity-options';
export { UserService } from './lib/user.service';
