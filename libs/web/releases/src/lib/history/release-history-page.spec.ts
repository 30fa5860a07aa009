import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { SessionUser } from '@vielfalt/contracts';
import { cellsOf, configurePageTest, settle, signInAs, testCatalogue, testRelease, testUsers, text } from '../testing';
import { ReleaseHistoryPage } from './release-history-page';

const history = [
  testRelease(2, { note: 'Nachlieferung Amt 51', settings: { k: 6, minRespondents: 12 } }),
  testRelease(1, { superseded: true, publishedBy: 'Frühere Stabsstelle' }),
];

describe('ReleaseHistoryPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ReleaseHistoryPage>;
  let element: HTMLElement;

  const byTestId = <T extends Element = HTMLElement>(id: string) => element.querySelector<T>(`[data-testid="${id}"]`);
  const stable = async () => {
    await settle();
    await fixture.whenStable();
  };

  async function render(user: SessionUser, period: string | undefined, releases = history) {
    http = configurePageTest();
    await signInAs(user);
    fixture = TestBed.createComponent(ReleaseHistoryPage);
    element = fixture.nativeElement as HTMLElement;
    if (period) fixture.componentRef.setInput('period', period);
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url: '/api/catalogue' }).flush(testCatalogue);
    await stable();
    http.expectOne({ method: 'GET', url: `/api/releases?period=${period ?? '2024'}` }).flush(releases);
    await stable();
  }

  afterEach(() => {
    http.verify();
    localStorage.clear();
    document.documentElement.lang = 'de';
  });

  it('shows the staff council every version newest first, the current one marked, and no way to publish', async () => {
    await render(testUsers.council, undefined);

    expect(byTestId<HTMLSelectElement>('history-period')?.value).toBe('2024');
    const table = byTestId('release-history');
    expect(text(table?.querySelector('caption'))).toBe('Veröffentlichte Versionen von Testwelle 2024, neueste zuerst');
    const rows = cellsOf(table, ':scope > tbody > tr[data-release-id]');
    expect(rows.map((row) => row[0])).toEqual(['2', '1']);
    expect(rows[0][1]).toMatch(/^0?2\.03\.2026, \d{2}:00:00 von Test Stabsstelle$/);
    expect(rows.map((row) => row[2])).toEqual(['Nachlieferung Amt 51', '–']);
    expect(rows.map((row) => [row[3], row[4]])).toEqual([
      ['6', '12'],
      ['5', '10'],
    ]);
    expect(rows[0][5]).toBe('10,7 % (5,4 %)');
    expect(rows.map((row) => row[6])).toEqual(['bestanden', 'bestanden']);
    expect(rows.map((row) => row[7])).toEqual(['aktuell', 'ersetzt']);
    expect(byTestId('release-history-publish')).toBeNull();
  });

  it('shows a version’s information loss per table on request, with a button that says whether it is open', async () => {
    await render(testUsers.council, '2024');
    const toggle = () =>
      element.querySelector<HTMLButtonElement>('[data-release-id="release-1"] [data-testid="release-toggle-tables"]');

    expect(toggle()?.getAttribute('aria-expanded')).toBe('false');
    expect(byTestId('release-tables')).toBeNull();

    toggle()?.click();
    await stable();

    expect(toggle()?.getAttribute('aria-expanded')).toBe('true');
    const controlled = element.querySelector(`#${toggle()?.getAttribute('aria-controls')}`);
    expect(controlled?.hasAttribute('hidden')).toBeFalse();
    const tables = byTestId('release-tables');
    expect(text(tables?.querySelector('caption'))).toBe('Informationsverlust je Tabelle, Version 1 von Testwelle 2024');
    expect(cellsOf(tables).map((row) => row[0])).toEqual([
      'Beschäftigte',
      'Teilnehmende',
      'Migrationsgeschichte',
      'languages',
    ]);

    toggle()?.click();
    await stable();
    expect(byTestId('release-tables')).toBeNull();
  });

  it('tells the staff council which version earlier ones narrowed and which units publish no breakdown', async () => {
    const narrowed = testRelease(2, {
      audit: { passed: true, unprotectedCount: 0, narrowedByEarlierVersions: true },
      unitsWithoutBreakdown: [{ unitCode: 'TEST-3', unitName: 'Testamt 3', reason: 'min-respondents' }],
    });
    await render(testUsers.council, '2024', [narrowed, testRelease(1, { superseded: true })]);
    const marks = () => [...element.querySelectorAll('[data-testid="release-narrowed-mark"]')];

    expect(marks().length).toBe(1);
    expect(text(marks()[0])).toBe('(durch frühere Versionen eingegrenzt)');
    element
      .querySelector<HTMLButtonElement>('[data-release-id="release-2"] [data-testid="release-toggle-tables"]')
      ?.click();
    await stable();

    expect(text(byTestId('release-narrowed-text'))).toContain('früher veröffentlichten Versionen');
    expect(text(byTestId('release-units-without-breakdown'))).toBe('TEST-3 Testamt 3');
  });

  it('links the Stabsstelle to the publish page of the chosen wave', async () => {
    await render(testUsers.stabsstelle, '2025', []);

    expect(byTestId('release-history-publish')?.getAttribute('href')).toBe('/releases/publish?period=2025');
    expect(text(byTestId('release-history-empty'))).toBe('Für diese Welle ist noch keine Version veröffentlicht.');
  });
});
