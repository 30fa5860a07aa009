import type { SessionUser } from '@vielfalt/contracts';

/** Test-only users; no real person. */
export const testUsers = {
  admin: { id: 'u-admin', username: 'test.admin', displayName: 'Test Admin', roles: ['admin'] },
  council: { id: 'u-council', username: 'test.council', displayName: 'Test Council', roles: ['council'] },
  hr: { id: 'u-hr', username: 'test.hr', displayName: 'Test HR', roles: ['hr'] },
} satisfies Record<string, SessionUser>;

/** Lets awaited promises and the router move on. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
