import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import type { DimensionVersionDefinition, PeriodView } from '@vielfalt/contracts';
import type { FieldErrors } from './form-errors';
import type { LabelledKeyRow } from './labelled-key-rows';
import { TextField } from './text-field';

/** A version as the form holds it; its controls are named as the request body names its fields. */
export type VersionGroup = FormGroup<{
  validFromPeriod: FormControl<string>;
  agreedBy: FormControl<string>;
  agreedOn: FormControl<string>;
  categories: FormArray<LabelledKeyRow>;
}>;

const text = () => new FormControl('', { nonNullable: true, validators: Validators.required });

export function versionGroup(categories: FormArray<LabelledKeyRow>): VersionGroup {
  return new FormGroup({ validFromPeriod: text(), agreedBy: text(), agreedOn: text(), categories });
}

/** The request body of a version, trimmed, with the given number and mapping. */
export function versionBody(
  group: VersionGroup,
  version: number,
  mappingFromPrevious: DimensionVersionDefinition['mappingFromPrevious'],
): DimensionVersionDefinition {
  const value = group.getRawValue();
  return {
    version,
    validFromPeriod: value.validFromPeriod,
    agreedBy: value.agreedBy.trim(),
    agreedOn: value.agreedOn,
    categories: value.categories.map((category) => ({
      key: category.key.trim(),
      label: { de: category.label.de.trim(), en: category.label.en.trim() },
    })),
    mappingFromPrevious,
  };
}

/** Where a version applies from and who agreed to its wording when (consultation provenance). */
@Component({
  selector: 'vm-version-fields',
  imports: [ReactiveFormsModule, TranslatePipe, TextField],
  templateUrl: './version-fields.html',
  styleUrl: './structure-forms.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VersionFields {
  readonly group = input.required<VersionGroup>();
  /** The periods the version may start in. */
  readonly periods = input.required<readonly PeriodView[]>();
  readonly idPrefix = input.required<string>();
  /** Path of the version in the request body: `versions.0.` or empty. */
  readonly pathPrefix = input('');
  readonly errors = input<FieldErrors>({});

  protected readonly periodOptions = computed(() =>
    [...this.periods()].sort((a, b) => b.referenceDate.localeCompare(a.referenceDate)),
  );
  protected readonly periodError = computed(() => this.errors()[`${this.pathPrefix()}validFromPeriod`]);
}
