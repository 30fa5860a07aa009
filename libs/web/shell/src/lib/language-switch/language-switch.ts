import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ActiveLanguage, type Language } from '@vielfalt/web-i18n';

/** Two toggle buttons, each language named in itself, the active one pressed. */
@Component({
  selector: 'vm-language-switch',
  imports: [TranslatePipe],
  template: `
    <div class="language-switch" role="group" [attr.aria-label]="'language.label' | translate">
      @for (option of options; track option.language) {
        <button
          type="button"
          class="language-switch__button"
          [attr.lang]="option.language"
          [attr.aria-pressed]="activeLanguage.language() === option.language"
          [attr.data-testid]="'language-' + option.language"
          (click)="switchTo(option.language)"
        >
          {{ option.name }}
        </button>
      }
    </div>
  `,
  styleUrl: './language-switch.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitch {
  protected readonly activeLanguage = inject(ActiveLanguage);
  protected readonly options: readonly { language: Language; name: string }[] = [
    { language: 'de', name: 'Deutsch' },
    { language: 'en', name: 'English' },
  ];

  protected switchTo(language: Language): void {
    void this.activeLanguage.switchTo(language);
  }
}
