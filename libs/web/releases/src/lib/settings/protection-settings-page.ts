import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import {
  PROTECTION_CEILINGS,
  PROTECTION_FLOORS,
  type ProtectionSettings,
  type ProtectionSettingsView,
} from '@vielfalt/contracts';
import { ReleasesClient, SessionStore, toApiFailure } from '@vielfalt/web-data-access';
import { LocalDateTimePipe, LocalNumberPipe } from '@vielfalt/web-i18n';
import { catchError, firstValueFrom, map, of, switchMap } from 'rxjs';
import {
  type ProtectionSettingsErrors,
  protectionSettingsErrorsOf,
  serverErrorsOf,
} from './protection-settings-errors';

type SettingsLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly settings: ProtectionSettingsView }
  | { readonly state: 'failed'; readonly errorKey: string };

/**
 * The protection settings (k, minimum respondents) with what they mean and who changed them when.
 * Everyone allowed here reads them; `admin` alone gets the form, checked against the same floors
 * as on the server.
 */
@Component({
  selector: 'vm-protection-settings-page',
  imports: [ReactiveFormsModule, TranslatePipe, LocalDateTimePipe, LocalNumberPipe],
  templateUrl: './protection-settings-page.html',
  styleUrl: './protection-settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProtectionSettingsPage {
  private readonly releases = inject(ReleasesClient);
  private readonly injector = inject(Injector);
  private readonly formBuilder = inject(FormBuilder);

  private readonly savedMessage = viewChild<ElementRef<HTMLElement>>('savedMessage');

  protected readonly floors = PROTECTION_FLOORS;
  protected readonly ceilings = PROTECTION_CEILINGS;
  private readonly session = inject(SessionStore);
  protected readonly canEdit = computed(() => this.session.hasRole('admin'));

  // Read again after a change, keeping what is shown until the answer comes.
  private readonly settingsVersion = signal(0);
  private readonly load = toSignal(
    toObservable(this.settingsVersion).pipe(
      switchMap(() =>
        this.releases.protectionSettings().pipe(
          map((settings): SettingsLoad => ({ state: 'loaded', settings })),
          catchError((error: unknown) =>
            of<SettingsLoad>({ state: 'failed', errorKey: `errors.${toApiFailure(error).code}` }),
          ),
        ),
      ),
    ),
    { initialValue: { state: 'loading' } as SettingsLoad },
  );
  protected readonly loading = computed(() => this.load().state === 'loading');
  protected readonly errorKey = computed(() => {
    const load = this.load();
    return load.state === 'failed' ? load.errorKey : null;
  });
  protected readonly settings = computed(() => {
    const load = this.load();
    return load.state === 'loaded' ? load.settings : null;
  });

  protected readonly form = this.formBuilder.group({
    k: this.formBuilder.control<number | null>(null),
    minRespondents: this.formBuilder.control<number | null>(null),
  });
  private formFilled = false;
  protected readonly pending = signal(false);
  protected readonly fieldErrors = signal<ProtectionSettingsErrors>({});
  protected readonly formErrorKey = signal<string | null>(null);
  protected readonly saved = signal<ProtectionSettings | null>(null);

  constructor() {
    // The form starts from the settings in force, once they are known.
    effect(() => {
      const settings = this.settings();
      if (settings && !this.formFilled) {
        this.formFilled = true;
        untracked(() => this.form.setValue({ k: settings.k, minRespondents: settings.minRespondents }));
      }
    });
  }

  protected async saveSettings(): Promise<void> {
    if (this.pending() || !this.canEdit()) return;
    this.saved.set(null);
    this.formErrorKey.set(null);
    const value = this.form.getRawValue();
    const errors = protectionSettingsErrorsOf(value);
    this.fieldErrors.set(errors);
    if (errors.k || errors.minRespondents || value.k === null || value.minRespondents === null) return;

    const settings: ProtectionSettings = { k: value.k, minRespondents: value.minRespondents };
    this.pending.set(true);
    try {
      await firstValueFrom(this.releases.updateProtectionSettings(settings), { defaultValue: undefined });
      this.saved.set(settings);
      this.settingsVersion.update((version) => version + 1);
      afterNextRender(() => this.savedMessage()?.nativeElement.focus(), { injector: this.injector });
    } catch (error) {
      const failure = toApiFailure(error);
      this.fieldErrors.set(serverErrorsOf(failure));
      this.formErrorKey.set(`errors.${failure.code}`);
    } finally {
      this.pending.set(false);
    }
  }
}
