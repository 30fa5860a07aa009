import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { DimensionDefinition, PeriodView } from '@vielfalt/contracts';
import { ActiveLanguage } from '@vielfalt/web-i18n';
import { LocalDatePipe } from '../local-date-pipe';
import { describeDimensions } from './catalogue-labels';
import { DimensionVersionForm } from './dimension-version-form';

/**
 * The self-reported dimensions: kind of answer, and per version the period it applies from, who
 * agreed to it and when, its categories and the mapping from the previous version; per dimension a
 * form for its next version.
 */
@Component({
  selector: 'vm-dimension-list',
  imports: [TranslatePipe, LocalDatePipe, DimensionVersionForm],
  templateUrl: './dimension-list.html',
  styleUrl: './catalogue-structure.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DimensionList {
  private readonly activeLanguage = inject(ActiveLanguage);

  readonly dimensions = input.required<readonly DimensionDefinition[]>();
  readonly periods = input.required<readonly PeriodView[]>();
  /** A dimension got a new version: the catalogue should be read again. */
  readonly versionAdded = output();

  protected readonly definitions = computed(
    () => new Map(this.dimensions().map((dimension) => [dimension.key, dimension])),
  );

  protected readonly views = computed(() =>
    describeDimensions(this.dimensions(), this.periods(), this.activeLanguage.language()),
  );
}
