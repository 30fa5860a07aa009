import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { map, startWith, switchMap } from 'rxjs';
import type { FieldErrors } from './form-errors';
import { TextField } from './text-field';

/** One value or category as the API takes it: `{ key, label: { de, en } }`. */
export type LabelledKeyRow = FormGroup<{
  key: FormControl<string>;
  label: FormGroup<{ de: FormControl<string>; en: FormControl<string> }>;
}>;

const text = (value: string) => new FormControl(value, { nonNullable: true, validators: Validators.required });

export function labelledKeyRow(key = '', de = '', en = ''): LabelledKeyRow {
  return new FormGroup({ key: text(key), label: new FormGroup({ de: text(de), en: text(en) }) });
}

/**
 * The editable list of an attribute's values or a version's categories: key, German and English
 * label per row, rows added and removed; errors found by path (`values.1.key`) at their row.
 */
@Component({
  selector: 'vm-labelled-key-rows',
  imports: [ReactiveFormsModule, TranslatePipe, TextField],
  templateUrl: './labelled-key-rows.html',
  styleUrl: './structure-forms.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LabelledKeyRows {
  readonly rows = input.required<FormArray<LabelledKeyRow>>();
  /** Path of the list in the request body, e.g. `values` or `versions.0.categories`. */
  readonly path = input.required<string>();
  readonly idPrefix = input.required<string>();
  /** Translation keys: the list's legend, one row (`{{number}}`), and the add button. */
  readonly legend = input.required<string>();
  readonly item = input.required<string>();
  readonly addLabel = input.required<string>();
  readonly errors = input<FieldErrors>({});
  /** Rows were added or removed: errors found by row number no longer fit. */
  readonly rowsChanged = output();

  // The parent may add or remove rows too (the „keine Angabe“ row); the array reports that as a change.
  protected readonly controls = toSignal(
    toObservable(this.rows).pipe(
      switchMap((rows) =>
        rows.valueChanges.pipe(
          startWith(null),
          map(() => [...rows.controls]),
        ),
      ),
    ),
    { initialValue: [] },
  );

  protected addRow(): void {
    this.rows().push(labelledKeyRow());
    this.rowsChanged.emit();
  }

  protected removeRow(index: number): void {
    this.rows().removeAt(index);
    this.rowsChanged.emit();
  }
}
