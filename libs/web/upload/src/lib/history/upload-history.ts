import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { UploadView } from '@vielfalt/contracts';
import { LocalDateTimePipe, LocalNumberPipe } from '@vielfalt/web-i18n';

/**
 * The uploads of one period, newest first, with what can be done with each: read its report,
 * choose it for a comparison, roll the period back to it (committed uploads only).
 */
@Component({
  selector: 'vm-upload-history',
  imports: [TranslatePipe, LocalDateTimePipe, LocalNumberPipe],
  templateUrl: './upload-history.html',
  styleUrl: './upload-history.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UploadHistory {
  readonly uploads = input.required<readonly UploadView[]>();
  readonly periodKey = input.required<string>();
  /** The upload chosen as the first of a comparison, if any. */
  readonly compareFromId = input<string | null>(null);

  readonly reportRequested = output<UploadView>();
  readonly compareRequested = output<UploadView>();
  readonly rollBackRequested = output<UploadView>();
}
