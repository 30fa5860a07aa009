import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LocalDatePipe } from '../local-date-pipe';
import type { UnitNode } from './unit-tree';

/** One level of the organisation tree as a list; each unit's sub-units as a nested list. */
@Component({
  selector: 'vm-unit-branch',
  imports: [TranslatePipe, LocalDatePipe],
  templateUrl: './unit-branch.html',
  styleUrl: './unit-branch.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitBranch {
  readonly nodes = input.required<readonly UnitNode[]>();
  /** Depth in the tree, 1 for the top. */
  readonly level = input(1);
}
