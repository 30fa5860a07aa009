export interface IdentityOptions {
  /** Minutes of inactivity after which a session ends. */
  readonly sessionIdleMinutes: number;
  /** Hours after sign-in after which a session ends however active. */
  readonly sessionMaxHours: number;
  /** Send cookies only over HTTPS (`Secure`, `__Host-` prefix). */
  readonly secureCookies: boolean;
  /** Failed or successful login attempts allowed per client address and minute. */
  readonly loginAttemptsPerMinute: number;
}

export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');
