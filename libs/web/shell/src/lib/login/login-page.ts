import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionStore, toApiFailure } from '@vielfalt/web-data-access';

/** Only paths inside the app; never another site, never back to the login page itself. */
export function safeReturnUrl(url: string | undefined): string {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/login')) return '/';
  return url;
}

/** Sign-in with user name and password; errors come from the API's code, translated. */
@Component({
  selector: 'vm-login-page',
  imports: [ReactiveFormsModule, TranslatePipe],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  /** Where to go after signing in (query parameter, bound by the router). */
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', Validators.required],
    password: ['', Validators.required],
  });
  protected readonly pending = signal(false);
  /** Translation key of the message to show, or null. */
  protected readonly errorKey = signal<string | null>(null);

  protected async signIn(): Promise<void> {
    if (this.pending()) return;
    if (this.form.invalid) {
      this.errorKey.set('login.required');
      return;
    }
    this.pending.set(true);
    this.errorKey.set(null);
    const { username, password } = this.form.getRawValue();
    try {
      await this.session.login(username, password);
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error) {
      this.errorKey.set(`errors.${toApiFailure(error).code}`);
      this.form.controls.password.reset();
    } finally {
      this.pending.set(false);
    }
  }
}
