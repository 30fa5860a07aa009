import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { apiErrorInterceptor } from '@vielfalt/web-data-access';
import { provideI18n } from '@vielfalt/web-i18n';

/** Providers of a form spec: the real client and interceptor against the HTTP testing backend. */
export const formTestingProviders = () => [
  provideHttpClient(withInterceptors([apiErrorInterceptor])),
  provideHttpClientTesting(),
  provideI18n(),
];

/** What a person does in a form, and what they read there. */
export function formDriver(fixture: ComponentFixture<unknown>) {
  const element = fixture.nativeElement as HTMLElement;
  const find = <T extends Element>(selector: string): T => {
    const found = element.querySelector<T>(selector);
    if (!found) throw new Error(`nothing matches ${selector}`);
    return found;
  };
  return {
    element,
    find,
    text: (selector: string) => element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    type(id: string, value: string): void {
      const input = find<HTMLInputElement>(`#${id}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    },
    choose(id: string, value: string): void {
      const select = find<HTMLSelectElement>(`#${id}`);
      select.value = value;
      select.dispatchEvent(new Event('change'));
    },
    click(selector: string): void {
      find<HTMLElement>(selector).click();
    },
    async settle(): Promise<void> {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    },
  };
}
