import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { UploadProblem } from '@vielfalt/contracts';
import { ActiveLanguage, LocalNumberPipe } from '@vielfalt/web-i18n';
import { problemMessage } from '../upload-view';

const TALL_FROM_ROWS = 15;

/**
 * The problems of one severity as a table: sheet, row, column, value and the message in the
 * language the UI speaks. `total` is the complete count; the server lists at most 1,000 problems.
 */
@Component({
  selector: 'vm-problem-table',
  imports: [TranslatePipe, LocalNumberPipe],
  templateUrl: './problem-table.html',
  styleUrl: './problem-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProblemTable {
  private readonly activeLanguage = inject(ActiveLanguage);

  readonly problems = input.required<readonly UploadProblem[]>();
  readonly total = input.required<number>();
  /** Translation key of the caption. */
  readonly captionKey = input.required<string>();
  readonly testId = input.required<string>();

  protected readonly rows = computed(() => {
    const language = this.activeLanguage.language();
    return this.problems().map((problem) => ({ ...problem, text: problemMessage(problem, language) }));
  });
  protected readonly truncated = computed(() => this.total() > this.problems().length);
  /** Long lists scroll in a box of their own (focusable, so the keyboard can scroll it), headers kept in view. */
  protected readonly tall = computed(() => this.problems().length > TALL_FROM_ROWS);
}
