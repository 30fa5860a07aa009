import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import type { StructuralAttributeDefinition } from '@vielfalt/contracts';
import { CatalogueClient, toApiFailure } from '@vielfalt/web-data-access';
import { firstValueFrom } from 'rxjs';
import { FormAlert } from './form-alert';
import { type FormErrors, NO_FORM_ERRORS, leafPaths, missingFieldsOf, serverErrorsOf } from './form-errors';
import { LabelledKeyRows, labelledKeyRow } from './labelled-key-rows';
import { TextField } from './text-field';

const text = () => new FormControl('', { nonNullable: true, validators: Validators.required });
const trimmed = (item: { key: string; label: { de: string; en: string } }) => ({
  key: item.key.trim(),
  label: { de: item.label.de.trim(), en: item.label.en.trim() },
});

/** „Strukturmerkmal anlegen“: key, labels in German and English, and at least two values. */
@Component({
  selector: 'vm-attribute-form',
  imports: [ReactiveFormsModule, TranslatePipe, TextField, LabelledKeyRows, FormAlert],
  templateUrl: './attribute-form.html',
  styleUrl: './structure-forms.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttributeForm {
  private readonly client = inject(CatalogueClient);

  /** An attribute was created: the catalogue should be read again. */
  readonly created = output<StructuralAttributeDefinition>();

  protected readonly form = new FormGroup({
    key: text(),
    label: new FormGroup({ de: text(), en: text() }),
    values: new FormArray([labelledKeyRow(), labelledKeyRow()]),
  });
  protected readonly pending = signal(false);
  protected readonly errors = signal<FormErrors>(NO_FORM_ERRORS);
  protected readonly alertKey = signal<string | null>(null);
  protected readonly createdKey = signal<string | null>(null);

  protected forgetRowErrors(): void {
    this.errors.set(NO_FORM_ERRORS);
  }

  protected async createAttribute(): Promise<void> {
    if (this.pending()) return;
    this.createdKey.set(null);
    this.alertKey.set(null);
    this.errors.set({ fields: missingFieldsOf(this.form), unplaced: [] });
    if (this.form.invalid) return;

    const value = this.form.getRawValue();
    const attribute: StructuralAttributeDefinition = { ...trimmed(value), values: value.values.map(trimmed) };
    this.pending.set(true);
    try {
      await firstValueFrom(this.client.createAttribute(attribute), { defaultValue: undefined });
      this.form.controls.values.clear();
      this.form.controls.values.push([labelledKeyRow(), labelledKeyRow()]);
      this.form.reset();
      this.createdKey.set(attribute.key);
      this.created.emit(attribute);
    } catch (error) {
      const failure = toApiFailure(error);
      this.errors.set(serverErrorsOf(failure, new Set([...leafPaths(this.form), 'values'])));
      this.alertKey.set(`errors.${failure.code}`);
    } finally {
      this.pending.set(false);
    }
  }
}
