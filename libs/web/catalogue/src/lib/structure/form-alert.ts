import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { ApiErrorDetail } from '@vielfalt/contracts';

/** A refused request: the translated error code, and the objections no field of the form shows. */
@Component({
  selector: 'vm-form-alert',
  imports: [TranslatePipe],
  templateUrl: './form-alert.html',
  styleUrl: './catalogue-structure.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormAlert {
  /** Translation key, e.g. `errors.validation_failed`. */
  readonly messageKey = input.required<string>();
  readonly unplaced = input<readonly ApiErrorDetail[]>([]);
}
