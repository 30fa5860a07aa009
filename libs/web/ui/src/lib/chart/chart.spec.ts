import { TestBed } from '@angular/core/testing';
import { provideI18n } from '@vielfalt/web-i18n';
import { Chart } from './chart';
import type { ChartData } from './chart-data';

// Test-only input: invented categories and values that stand for no real figures.
const testData: ChartData = {
  kind: 'bar',
  categoryLabel: 'Testachse',
  categories: ['Testkategorie A', 'Testkategorie B'],
  series: [{ name: 'Testreihe', values: [42, null] }],
};

describe('Chart', () => {
  async function render(data: ChartData = testData) {
    TestBed.configureTestingModule({ providers: [provideI18n()] });
    const fixture = TestBed.createComponent(Chart);
    fixture.componentRef.setInput('title', 'Testdiagramm');
    fixture.componentRef.setInput('data', data);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  function textOf(element: Element | null | undefined): string {
    return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  it('offers a real table with caption and header scopes as the chart alternative', async () => {
    const element = await render();
    const table = element.querySelector('details table');

    expect(textOf(table?.querySelector('caption'))).toBe('Testdiagramm');
    expect(
      [...(table?.querySelectorAll('thead th') ?? [])].map((th) => [th.getAttribute('scope'), textOf(th)]),
    ).toEqual([
      ['col', 'Testachse'],
      ['col', 'Testreihe'],
    ]);
    expect([...(table?.querySelectorAll('tbody th') ?? [])].map((th) => th.getAttribute('scope'))).toEqual([
      'row',
      'row',
    ]);
  });

  it('shows a suppressed value as "< k (unterdrückt)" and never as zero', async () => {
    const element = await render();
    const cells = [...element.querySelectorAll('tbody td')].map(textOf);

    expect(cells).toEqual(['42', '< k (unterdrückt)']);
  });

  it('summarises the chart in one sentence that links to the chart', async () => {
    const element = await render();
    const summary = element.querySelector('[data-testid="chart-summary"]');

    expect(textOf(summary)).toBe(
      'Testdiagramm: Der höchste Wert ist 42 (Testreihe, Testkategorie A); 1 von 2 Werten sind zum Schutz unterdrückt.',
    );
    expect(element.querySelector('[role="img"]')?.getAttribute('aria-describedby')).toBe(summary?.id ?? 'missing');
    expect(element.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('Testdiagramm');
  });

  it('explains the "< k" mark only when something is suppressed', async () => {
    const element = await render({ ...testData, series: [{ name: 'Testreihe', values: [1, 2] }] });

    expect(element.textContent).not.toContain('< k');
  });
});
