import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { LoginBody, Role, SessionResponse, SessionUser } from '@vielfalt/contracts';
import { firstValueFrom } from 'rxjs';
import { toApiFailure } from '../http/api-failure';

/**
 * Who is signed in. The session itself is an httpOnly cookie the browser keeps; this store only
 * mirrors what the server says about it. Asking for the session also sets the XSRF-TOKEN cookie
 * that every later POST needs.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<SessionUser | null>(null);
  private loaded: Promise<SessionUser | null> | null = null;

  /** The signed-in user, or null. */
  readonly user = this.current.asReadonly();
  readonly signedIn = computed(() => this.current() !== null);
  readonly roles = computed<readonly Role[]>(() => this.current()?.roles ?? []);

  /** True if the signed-in user holds at least one of `roles` (reactive when read in a template or computed). */
  hasRole(...roles: readonly Role[]): boolean {
    const held = this.roles();
    return roles.some((role) => held.includes(role));
  }

  /** Asks the server who is signed in, once; later calls share the answer. Fails with `ApiFailure`. */
  load(): Promise<SessionUser | null> {
    this.loaded ??= firstValueFrom(this.http.get<SessionResponse>('/api/auth/session')).then(
      (response) => {
        this.current.set(response.user);
        return response.user;
      },
      (error: unknown) => {
        this.loaded = null;
        throw toApiFailure(error);
      },
    );
    return this.loaded;
  }

  /** Signs in. Resolves with the user; fails with an `ApiFailure` whose `code` says why (e.g. `invalid_credentials`). */
  async login(username: string, password: string): Promise<SessionUser> {
    // The session call sets the XSRF-TOKEN cookie the login POST must echo.
    await this.load().catch(() => null);
    const body: LoginBody = { username, password };
    try {
      const response = await firstValueFrom(this.http.post<SessionResponse>('/api/auth/login', body));
      if (response.user === null) throw new Error('login answered without a user');
      this.current.set(response.user);
      this.loaded = Promise.resolve(response.user);
      return response.user;
    } catch (error) {
      throw toApiFailure(error);
    }
  }

  /** Signs out on the server and forgets the user here, even if the server call fails. */
  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>('/api/auth/logout', null));
    } finally {
      this.forget();
    }
  }

  /** Forgets the user without asking the server, e.g. after the server answered 401. */
  forget(): void {
    this.current.set(null);
    this.loaded = null;
  }
}
