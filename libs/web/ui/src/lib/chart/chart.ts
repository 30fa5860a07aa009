import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LocalNumberPipe } from '@vielfalt/web-i18n';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import type { ChartData } from './chart-data';
import { SUPPRESSED_MARK } from './chart-data';
import { buildChartOption, chartHeight } from './chart-option';
import { summarizeChart } from './chart-summary';
import { buildChartTable } from './chart-table';
import { echarts } from './echarts-parts';

let nextChartId = 0;

/**
 * A bar or line chart with its accessible twins: a one-sentence summary and a table alternative,
 * all three built from the same `data`. Suppressed values (`null`) are gaps in the chart and
 * "< k (unterdrückt)" in the table.
 */
@Component({
  selector: 'vm-chart',
  imports: [NgxEchartsDirective, TranslatePipe, LocalNumberPipe],
  providers: [provideEchartsCore({ echarts })],
  templateUrl: './chart.html',
  styleUrl: './chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Chart {
  private readonly document = inject(DOCUMENT);

  readonly title = input.required<string>();
  readonly data = input.required<ChartData>();

  protected readonly summaryId = `vm-chart-summary-${nextChartId++}`;
  protected readonly suppressedMark = SUPPRESSED_MARK;
  protected readonly option = computed(() => buildChartOption(this.data(), (value) => this.formatNumber(value)));
  protected readonly height = computed(() => chartHeight(this.data()));
  protected readonly rows = computed(() => buildChartTable(this.data()));
  protected readonly summary = computed(() => summarizeChart(this.data()));
  protected readonly hasSuppressed = computed(() => this.summary().suppressed > 0);

  private formatNumber(value: number): string {
    // Read at hover time, so the tooltip follows the language the page is in.
    const locale = this.document.documentElement.lang || 'de';
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  }
}
