import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { DimensionDefinition, PeriodView } from '@vielfalt/contracts';
import { ActiveLanguage } from '@vielfalt/web-i18n';
import { LocalDatePipe } from '../local-date-pipe';
import { describeDimensions } from './catalogue-labels';

/**
 * The self-reported dimensions, read-only: kind of answer, and per version the period it applies
 * from, who agreed to it and when, its categories and the mapping from the previous version.
 */
@Component({
  selector: 'vm-dimension-list',
  imports: [TranslatePipe, LocalDatePipe],
  templateUrl: './dimension-list.html',
  styleUrl: './catalogue-structure.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DimensionList {
  private readonly activeLanguage = inject(ActiveLanguage);

  readonly dimensions = input.required<readonly DimensionDefinition[]>();
  readonly periods = input.required<readonly PeriodView[]>();

  protected readonly views = computed(() =>
    describeDimensions(this.dimensions(), this.periods(), this.activeLanguage.language()),
  );
}
