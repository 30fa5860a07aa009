import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslatePipe } from '@ngx-translate/core';
import { ActiveLanguage } from './active-language';
import { LocalDateTimePipe } from './local-date-time-pipe';
import { LocalNumberPipe } from './local-number-pipe';
import { provideI18n } from './provide-i18n';

@Component({
  selector: 'vm-test-host',
  imports: [TranslatePipe, LocalNumberPipe, LocalDateTimePipe],
  template: `<h1>{{ 'nav.audit' | translate }}</h1>
    <p class="number">{{ 1234.5 | localNumber }}</p>
    <p class="date">{{ '2025-06-30T12:00:00Z' | localDateTime }}</p>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TestHost {}

const STORAGE_KEY = 'vielfaltsmonitor.language';

describe('ActiveLanguage', () => {
  beforeEach(() => {
    localStorage.removeItem(STORAGE_KEY);
  });

  afterEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    document.documentElement.lang = 'de';
  });

  async function render() {
    TestBed.configureTestingModule({ providers: [provideI18n()] });
    const fixture = TestBed.createComponent(TestHost);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('speaks German when nothing was chosen before', async () => {
    const { element } = await render();

    expect(element.querySelector('h1')?.textContent).toBe('Audit-Protokoll');
    expect(element.querySelector('.number')?.textContent).toBe('1.234,5');
    expect(document.documentElement.lang).toBe('de');
  });

  it('switches the rendered text, number format and <html lang> to English', async () => {
    const { fixture, element } = await render();

    await TestBed.inject(ActiveLanguage).switchTo('en');
    await fixture.whenStable();

    expect(element.querySelector('h1')?.textContent).toBe('Audit log');
    expect(element.querySelector('.number')?.textContent).toBe('1,234.5');
    expect(document.documentElement.lang).toBe('en');
  });

  it('remembers the chosen language for the next visit', async () => {
    localStorage.setItem(STORAGE_KEY, 'en');

    const { element } = await render();

    expect(element.querySelector('h1')?.textContent).toBe('Audit log');
    expect(TestBed.inject(ActiveLanguage).language()).toBe('en');
  });

  it('ignores a remembered value that is not a language of the UI', async () => {
    localStorage.setItem(STORAGE_KEY, 'xx');

    const { element } = await render();

    expect(element.querySelector('h1')?.textContent).toBe('Audit-Protokoll');
  });
});
