/** The roles of PRODUCT.md. A user holds one or more of them. */
export const ROLES = ['hr', 'leadership', 'stabsstelle', 'council', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
