import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { DimensionDefinition, InformationLossView, ReleaseTableSummary } from '@vielfalt/contracts';
import { ActiveLanguage, LocalNumberPipe } from '@vielfalt/web-i18n';
import { LocalPercentPipe } from '../local-percent-pipe';
import { nameTables } from '../release-tables';

/**
 * The information loss of a release per table and overall: figures, suppressed figures, the suppressed share
 * and the people-weighted share, explained below the table. Never split by reason (see `SuppressionReason`).
 */
@Component({
  selector: 'vm-information-loss-table',
  imports: [TranslatePipe, LocalNumberPipe, LocalPercentPipe],
  templateUrl: './information-loss-table.html',
  styleUrl: './information-loss-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InformationLossTable {
  private readonly language = inject(ActiveLanguage).language;

  readonly tables = input.required<readonly ReleaseTableSummary[]>();
  readonly overall = input.required<InformationLossView>();
  /** The catalogue's dimensions, for the tables' names. */
  readonly dimensions = input.required<readonly DimensionDefinition[]>();
  readonly caption = input.required<string>();
  readonly testId = input('information-loss');

  protected readonly rows = computed(() => nameTables(this.tables(), this.dimensions(), this.language()));
}
