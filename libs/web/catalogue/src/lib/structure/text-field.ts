import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';

/** One labelled text or date input with its hint and the message of its error, tied to it for screen readers. */
@Component({
  selector: 'vm-text-field',
  imports: [ReactiveFormsModule, TranslatePipe],
  templateUrl: './text-field.html',
  styleUrl: './structure-forms.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TextField {
  readonly control = input.required<FormControl<string>>();
  readonly fieldId = input.required<string>();
  /** Translation key of the label. */
  readonly label = input.required<string>();
  readonly hint = input<string>();
  readonly type = input<'text' | 'date'>('text');
  /** Translation key of the error message, if the field has a problem. */
  readonly error = input<string>();

  protected readonly describedBy = computed(
    () =>
      [this.hint() ? `${this.fieldId()}-hint` : null, this.error() ? `${this.fieldId()}-error` : null]
        .filter(Boolean)
        .join(' ') || null,
  );
}
