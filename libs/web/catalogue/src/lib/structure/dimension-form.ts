import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { type ChoiceKind, type DimensionDefinition, NO_ANSWER_KEY, type PeriodView } from '@vielfalt/contracts';
import { CatalogueClient, toApiFailure } from '@vielfalt/web-data-access';
import { de, en } from '@vielfalt/web-i18n';
import { firstValueFrom } from 'rxjs';
import { FormAlert } from './form-alert';
import { type FormErrors, NO_FORM_ERRORS, leafPaths, missingFieldsOf, serverErrorsOf } from './form-errors';
import { type LabelledKeyRow, LabelledKeyRows, labelledKeyRow } from './labelled-key-rows';
import { TextField } from './text-field';
import { VersionFields, versionBody, versionGroup } from './version-fields';

const text = () => new FormControl('', { nonNullable: true, validators: Validators.required });

/** The „keine Angabe“ row every single-choice dimension needs, labelled as the glossary says. */
export const noAnswerRow = (): LabelledKeyRow =>
  labelledKeyRow(NO_ANSWER_KEY, de.catalogue.dimensions.noAnswer, en.catalogue.dimensions.noAnswer);

const initialCategories = () => new FormArray([labelledKeyRow(), noAnswerRow()]);

/**
 * „Merkmal anlegen“: a self-reported dimension with its first version. Single choice starts with
 * the „keine Angabe“ category the server insists on; switching to multiple choice drops it again
 * unless it was edited.
 */
@Component({
  selector: 'vm-dimension-form',
  imports: [ReactiveFormsModule, TranslatePipe, TextField, LabelledKeyRows, VersionFields, FormAlert],
  templateUrl: './dimension-form.html',
  styleUrl: './structure-forms.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DimensionForm {
  private readonly client = inject(CatalogueClient);

  readonly periods = input.required<readonly PeriodView[]>();
  /** A dimension was created: the catalogue should be read again. */
  readonly created = output<DimensionDefinition>();

  protected readonly form = new FormGroup({
    key: text(),
    label: new FormGroup({ de: text(), en: text() }),
    description: new FormGroup({ de: text(), en: text() }),
    choice: new FormControl<ChoiceKind>('single', { nonNullable: true }),
    versions: new FormArray([versionGroup(initialCategories())]),
  });
  protected readonly firstVersion = this.form.controls.versions.at(0);
  protected readonly choices: readonly ChoiceKind[] = ['single', 'multi'];
  protected readonly pending = signal(false);
  protected readonly errors = signal<FormErrors>(NO_FORM_ERRORS);
  protected readonly alertKey = signal<string | null>(null);
  protected readonly createdKey = signal<string | null>(null);

  constructor() {
    this.form.controls.choice.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((choice) => this.fitNoAnswerRow(choice));
  }

  protected forgetRowErrors(): void {
    this.errors.set(NO_FORM_ERRORS);
  }

  protected async createDimension(): Promise<void> {
    if (this.pending()) return;
    this.createdKey.set(null);
    this.alertKey.set(null);
    this.errors.set({ fields: missingFieldsOf(this.form), unplaced: [] });
    if (this.form.invalid) return;

    const value = this.form.getRawValue();
    const dimension: DimensionDefinition = {
      key: value.key.trim(),
      label: { de: value.label.de.trim(), en: value.label.en.trim() },
      description: { de: value.description.de.trim(), en: value.description.en.trim() },
      choice: value.choice,
      versions: [versionBody(this.firstVersion, 1, [])],
    };
    this.pending.set(true);
    try {
      await firstValueFrom(this.client.createDimension(dimension), { defaultValue: undefined });
      this.resetForm();
      this.createdKey.set(dimension.key);
      this.created.emit(dimension);
    } catch (error) {
      const failure = toApiFailure(error);
      this.errors.set(serverErrorsOf(failure, new Set([...leafPaths(this.form), 'versions.0.categories'])));
      this.alertKey.set(`errors.${failure.code}`);
    } finally {
      this.pending.set(false);
    }
  }

  private resetForm(): void {
    const categories = this.firstVersion.controls.categories;
    categories.clear();
    for (const row of initialCategories().controls) categories.push(row);
    this.form.reset();
  }

  private fitNoAnswerRow(choice: ChoiceKind): void {
    const categories = this.firstVersion.controls.categories;
    const index = categories.controls.findIndex((row) => row.controls.key.value.trim() === NO_ANSWER_KEY);
    if (choice === 'single' && index < 0) categories.push(noAnswerRow());
    if (choice === 'multi' && index >= 0 && categories.at(index).pristine) categories.removeAt(index);
  }
}
