import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { StructuralAttributeDefinition } from '@vielfalt/contracts';
import { ActiveLanguage } from '@vielfalt/web-i18n';
import { describeAttributes } from './catalogue-labels';

/** The structural attributes HR holds and their values, read-only, labelled in the active language. */
@Component({
  selector: 'vm-attributes-table',
  imports: [TranslatePipe],
  templateUrl: './attributes-table.html',
  styleUrl: './catalogue-structure.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttributesTable {
  private readonly activeLanguage = inject(ActiveLanguage);

  readonly attributes = input.required<readonly StructuralAttributeDefinition[]>();

  protected readonly rows = computed(() => describeAttributes(this.attributes(), this.activeLanguage.language()));
}
