import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import type { PeriodDefinition, PeriodView } from '@vielfalt/contracts';
import { CatalogueClient, toApiFailure } from '@vielfalt/web-data-access';
import { firstValueFrom } from 'rxjs';
import { LocalDatePipe } from '../local-date-pipe';
import { type PeriodFieldErrors, periodFieldErrorsOf } from './period-form-errors';

/** The survey waves (newest first) and a form to create one; the server's field errors show per field. */
@Component({
  selector: 'vm-periods-section',
  imports: [ReactiveFormsModule, TranslatePipe, LocalDatePipe],
  templateUrl: './periods-section.html',
  styleUrl: './periods-section.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeriodsSection {
  private readonly client = inject(CatalogueClient);
  private readonly formBuilder = inject(NonNullableFormBuilder);

  readonly periods = input.required<readonly PeriodView[]>();
  /** A period was created: the catalogue should be read again. */
  readonly created = output<PeriodDefinition>();

  protected readonly rows = computed(() =>
    [...this.periods()].sort((a, b) => b.referenceDate.localeCompare(a.referenceDate)),
  );

  protected readonly form = this.formBuilder.group({
    key: ['', Validators.required],
    label: ['', Validators.required],
    referenceDate: ['', Validators.required],
  });
  protected readonly pending = signal(false);
  protected readonly fieldErrors = signal<PeriodFieldErrors>({});
  protected readonly formErrorKey = signal<string | null>(null);
  protected readonly createdKey = signal<string | null>(null);

  protected async createPeriod(): Promise<void> {
    if (this.pending()) return;
    this.createdKey.set(null);
    this.formErrorKey.set(null);
    this.fieldErrors.set(this.missingFields());
    if (this.form.invalid) return;

    const value = this.form.getRawValue();
    const period: PeriodDefinition = {
      key: value.key.trim(),
      label: value.label.trim(),
      referenceDate: value.referenceDate,
    };
    this.pending.set(true);
    try {
      await firstValueFrom(this.client.createPeriod(period), { defaultValue: undefined });
      this.form.reset();
      this.createdKey.set(period.key);
      this.created.emit(period);
    } catch (error) {
      const failure = toApiFailure(error);
      this.fieldErrors.set(periodFieldErrorsOf(failure));
      this.formErrorKey.set(`errors.${failure.code}`);
    } finally {
      this.pending.set(false);
    }
  }

  private missingFields(): PeriodFieldErrors {
    const controls = this.form.controls;
    const errors: PeriodFieldErrors = {};
    if (controls.key.invalid) errors.key = 'catalogue.periods.required';
    if (controls.label.invalid) errors.label = 'catalogue.periods.required';
    if (controls.referenceDate.invalid) errors.referenceDate = 'catalogue.periods.fieldErrors.referenceDate';
    return errors;
  }
}
