import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { PeriodView } from '@vielfalt/contracts';

/** The labelled choice of a survey wave; the page keeps the choice in its URL. */
@Component({
  selector: 'vm-period-select',
  imports: [TranslatePipe],
  template: `
    <div class="field">
      <label [for]="selectId()">{{ 'releases.period.label' | translate }}</label>
      <select
        [id]="selectId()"
        name="period"
        [attr.data-testid]="selectId()"
        #select
        (change)="periodChosen.emit(select.value)"
      >
        @for (option of periods(); track option.key) {
          <option [value]="option.key" [selected]="option.key === selectedKey()">{{ option.label }}</option>
        }
      </select>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeriodSelect {
  readonly periods = input.required<readonly PeriodView[]>();
  readonly selectedKey = input.required<string>();
  /** The select's id, also its `data-testid`. */
  readonly selectId = input.required<string>();

  readonly periodChosen = output<string>();
}
