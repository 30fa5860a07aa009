import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { UploadDiff, UploadView } from '@vielfalt/contracts';
import { LocalDateTimePipe, LocalNumberPipe } from '@vielfalt/web-i18n';

const TALL_FROM_ROWS = 15;

/** What changes from one upload to another: one row per count that differs (the first 1,000). */
@Component({
  selector: 'vm-upload-diff-table',
  imports: [TranslatePipe, LocalDateTimePipe, LocalNumberPipe],
  templateUrl: './upload-diff-table.html',
  styleUrl: './upload-diff-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UploadDiffTable {
  readonly diff = input.required<UploadDiff>();
  readonly from = input.required<UploadView>();
  readonly to = input.required<UploadView>();

  protected readonly rows = computed(() =>
    this.diff().differences.map((difference) => ({
      ...difference,
      categories: [difference.category, difference.category2].filter((category) => category !== null).join(' × '),
    })),
  );
  protected readonly truncated = computed(() => this.diff().differenceCount > this.diff().differences.length);
  /** Long lists scroll in a box of their own (focusable, so the keyboard can scroll it), headers kept in view. */
  protected readonly tall = computed(() => this.diff().differences.length > TALL_FROM_ROWS);
}
