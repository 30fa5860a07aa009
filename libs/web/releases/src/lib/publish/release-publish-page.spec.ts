import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type {
  ApiError,
  PublishReleaseRequest,
  ReleasePreview,
  ReleaseTableSummary,
  ReleaseView,
} from '@vielfalt/contracts';
import { ActiveLanguage } from '@vielfalt/web-i18n';
import {
  cellsOf,
  configurePageTest,
  loss,
  settle,
  testCatalogue,
  testPreview,
  testRelease,
  testTables,
  text,
} from '../testing';
import { ReleasePublishPage } from './release-publish-page';

describe('ReleasePublishPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ReleasePublishPage>;
  let element: HTMLElement;

  const byTestId = <T extends Element = HTMLElement>(id: string) => element.querySelector<T>(`[data-testid="${id}"]`);
  const stable = async () => {
    await settle();
    await fixture.whenStable();
  };

  async function render(period = '2025') {
    http = configurePageTest();
    fixture = TestBed.createComponent(ReleasePublishPage);
    element = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('period', period);
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url: '/api/catalogue' }).flush(testCatalogue);
    await stable();
  }

  async function showPreview(preview: ReleasePreview, history: ReleaseView[] = [], button = 'release-preview-compute') {
    byTestId<HTMLButtonElement>(button)?.click();
    http.expectOne({ method: 'GET', url: `/api/releases/preview?period=${preview.periodKey}` }).flush(preview);
    http.expectOne({ method: 'GET', url: `/api/releases?period=${preview.periodKey}` }).flush(history);
    await stable();
  }

  async function refusePublication(status: number, error: ApiError) {
    await publish();
    byTestId<HTMLButtonElement>('release-publish-confirm')?.click();
    http.expectOne({ method: 'POST', url: '/api/releases' }).flush(error, { status, statusText: 'Refused' });
    await stable();
  }

  async function publish() {
    byTestId<HTMLButtonElement>('release-publish')?.click();
    await stable();
  }

  afterEach(() => {
    http.verify();
    localStorage.clear();
    document.documentElement.lang = 'de';
  });

  it('computes the preview only when asked, for the wave in the address', async () => {
    await render('2025');

    http.expectNone('/api/releases/preview?period=2025');
    expect(byTestId<HTMLSelectElement>('publish-period')?.value).toBe('2025');

    await showPreview(testPreview());

    expect(document.activeElement?.id).toBe('preview-title');
    expect(text(element.querySelector('#preview-title'))).toBe('Vorschau: Testwelle 2025');
  });

  it('shows version, settings, audit, information loss per table with names and reasons, the chart and the units', async () => {
    await render();
    await showPreview(testPreview());

    expect(text(byTestId('release-preview-version'))).toBe('Version 1 (erste Veröffentlichung)');
    expect(text(byTestId('release-preview-settings'))).toBe('k = 5, mindestens 10 Teilnehmende');
    expect(text(byTestId('release-preview-audit'))).toBe('bestanden');
    expect(text(byTestId('release-preview-loss'))).toBe('10,7 % der Werte gesperrt (5,4 % nach Personen gewichtet)');
    expect(byTestId('release-audit-narrowed')).toBeNull();
    expect(text(byTestId('release-audit-text'))).toContain('Schutzprüfung bestanden');
    expect(byTestId('release-preview-correction')).toBeNull();

    const tables = byTestId('release-preview-tables');
    expect(text(tables?.querySelector('caption'))).toBe(
      'Informationsverlust je Tabelle der Vorschau für Testwelle 2025',
    );
    // Never split by reason: "primary" would say that a group of 1 to k − 1 exists.
    expect(tables?.querySelectorAll('thead th[scope="col"]').length).toBe(5);
    expect(cellsOf(tables)).toEqual([
      ['Beschäftigte', '40', '0', '0 %', '0 %'],
      ['Teilnehmende', '40', '0', '0 %', '0 %'],
      ['Migrationsgeschichte', '120', '18', '15 %', '7,5 %'],
      ['languages', '80', '12', '15 %', '7,5 %'],
    ]);
    expect(cellsOf(tables, 'tfoot tr')).toEqual([['Alle Tabellen', '280', '30', '10,7 %', '5,4 %']]);
    expect(text(element.querySelector('.reasons'))).toContain(
      'Welcher Grund bei welchem Wert vorliegt, wird nirgends gezeigt',
    );
    expect(text(element)).not.toContain('primär');

    const chart = element.querySelector('vm-chart');
    expect(text(chart?.querySelector('figcaption'))).toBe('Anteil gesperrter Werte je Tabelle (in Prozent)');
    expect(cellsOf(chart?.querySelector('[data-testid="chart-table"]') ?? null)).toEqual([
      ['Beschäftigte', '0', '0'],
      ['Teilnehmende', '0', '0'],
      ['Migrationsgeschichte', '15', '7,5'],
      ['languages', '15', '7,5'],
    ]);

    expect(text(byTestId('release-preview-units-details')?.querySelector('summary') ?? null)).toBe(
      'Einheiten ohne eigene Aufschlüsselung anzeigen (1)',
    );
    expect(cellsOf(byTestId('release-preview-units'))).toEqual([
      ['TEST-3', 'Testamt 3', 'zu wenige Teilnehmende für eine eigene Aufschlüsselung'],
    ]);
    expect(text(byTestId('release-irrevocable'))).toContain('nicht mehr ändern oder löschen');
  });

  it('names the tables in English when the UI speaks English', async () => {
    await render();
    await TestBed.inject(ActiveLanguage).switchTo('en');
    await showPreview(testPreview());

    expect(cellsOf(byTestId('release-preview-tables')).map((row) => row[0])).toEqual([
      'Staff',
      'Respondents',
      'Migration history',
      'languages',
    ]);
    expect(text(byTestId('release-preview-version'))).toBe('Version 1 (first release)');
  });

  it('publishes the first version only after the dialog is confirmed, and links to the history', async () => {
    await render();
    await showPreview(testPreview());

    await publish();
    const dialog = element.querySelector<HTMLDialogElement>('dialog');
    expect(dialog?.open).toBeTrue();
    expect(text(dialog?.querySelector('h2'))).toBe('Version 1 von Testwelle 2025 veröffentlichen?');
    expect(text(dialog)).toContain('kann nicht mehr geändert oder gelöscht werden');
    http.expectNone('/api/releases');

    byTestId<HTMLButtonElement>('release-publish-confirm')?.click();
    const request = http.expectOne({ method: 'POST', url: '/api/releases' });
    expect(request.request.body).toEqual({
      periodKey: '2025',
      dataVersion: 7,
      settings: { k: 5, minRespondents: 10 },
    } satisfies PublishReleaseRequest);
    request.flush(testRelease(1, { periodKey: '2025' }));
    await stable();

    expect(dialog?.open).toBeFalse();
    const message = byTestId('release-published');
    expect(text(message)).toContain('Veröffentlicht: Version 1 von Testwelle 2025');
    expect(message?.closest('[role="status"]')).not.toBeNull();
    expect(document.activeElement).toBe(message);
    expect(byTestId('release-published-history')?.getAttribute('href')).toBe('/releases?period=2025');
    expect(byTestId('release-preview')).toBeNull();
  });

  it('does not publish when the dialog is cancelled', async () => {
    await render();
    await showPreview(testPreview());

    await publish();
    byTestId<HTMLButtonElement>('release-publish-cancel')?.click();
    await stable();

    expect(element.querySelector<HTMLDialogElement>('dialog')?.open).toBeFalse();
    http.expectNone('/api/releases');
  });

  it('requires a reason for a correction before it asks for confirmation, and sends it', async () => {
    await render();
    await showPreview(testPreview({ version: 2, earlierVersions: 1 }));

    expect(text(byTestId('release-preview-version'))).toBe('Version 2 (Korrektur)');
    expect(text(byTestId('release-preview-correction'))).toContain('Version 2 ist eine Korrektur');
    expect(text(element.querySelector('label[for="release-note"]'))).toBe('Grund der Korrektur (Pflichtangabe)');

    await publish();

    const note = byTestId<HTMLTextAreaElement>('release-note');
    expect(element.querySelector<HTMLDialogElement>('dialog')?.open).toBeFalse();
    expect(text(byTestId('release-note-error'))).toBe(
      'Bitte geben Sie an, warum eine neue Version veröffentlicht wird.',
    );
    expect(note?.getAttribute('aria-invalid')).toBe('true');
    expect(note?.getAttribute('aria-describedby')).toContain('release-note-error');
    expect(document.activeElement).toBe(note);

    if (!note) throw new Error('no note field');
    note.value = '  Nachlieferung des Amts 51  ';
    note.dispatchEvent(new Event('input'));
    await stable();
    expect(byTestId('release-note-error')).toBeNull();

    await publish();
    expect(element.querySelector<HTMLDialogElement>('dialog')?.open).toBeTrue();
    byTestId<HTMLButtonElement>('release-publish-confirm')?.click();
    const request = http.expectOne({ method: 'POST', url: '/api/releases' });
    expect(request.request.body).toEqual({
      periodKey: '2025',
      dataVersion: 7,
      settings: { k: 5, minRespondents: 10 },
      note: 'Nachlieferung des Amts 51',
    });
    request.flush(testRelease(2, { periodKey: '2025' }));
    await stable();

    expect(text(byTestId('release-published'))).toContain('Version 2 von Testwelle 2025');
  });

  it('says when the data changed since the preview and recomputes it on request', async () => {
    await render();
    await showPreview(testPreview());

    await refusePublication(409, {
      code: 'release_data_changed',
      message: 'The data changed since the preview.',
      details: [{ field: 'dataVersion', message: 'The data changed since the preview.' }],
    });

    const alert = byTestId('release-publish-error');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(text(alert)).toContain('Die Daten dieser Welle haben sich seit der Vorschau geändert.');
    expect(document.activeElement).toBe(alert);
    expect(element.querySelector<HTMLDialogElement>('dialog')?.open).toBeFalse();
    expect(byTestId('release-published')).toBeNull();

    await showPreview(testPreview({ dataVersion: 8 }), [], 'release-preview-recompute');

    expect(byTestId('release-publish-error')).toBeNull();
    await publish();
    byTestId<HTMLButtonElement>('release-publish-confirm')?.click();
    const request = http.expectOne({ method: 'POST', url: '/api/releases' });
    expect((request.request.body as PublishReleaseRequest).dataVersion).toBe(8);
    request.flush(testRelease(1, { periodKey: '2025' }));
    await stable();
  });

  it('says that this very state is already published, and that nothing was stored', async () => {
    await render();
    await showPreview(testPreview());

    await refusePublication(409, {
      code: 'release_already_published',
      message: 'Version 1 was published from these very data and settings.',
      details: [{ message: 'x' }],
    });

    expect(text(byTestId('release-publish-error'))).toContain('ist bereits veröffentlicht. Nichts wurde gespeichert.');
    expect(byTestId('release-preview-recompute')).not.toBeNull();
  });

  it('says that another publication of the wave was stored at the same time', async () => {
    await render();
    await showPreview(testPreview());

    await refusePublication(409, { code: 'release_version_conflict', message: 'Another publication won.' });

    expect(text(byTestId('release-publish-error'))).toContain('Gleichzeitig wurde eine andere Veröffentlichung');
    expect(byTestId('release-preview-recompute')).not.toBeNull();
  });

  it('says that the audit failed when the server refuses the release for it, not that it exists already', async () => {
    await render();
    await showPreview(testPreview());

    await refusePublication(422, { code: 'release_audit_failed', message: 'The release failed the audit.' });

    const alert = text(byTestId('release-publish-error'));
    expect(alert).toContain('Die Schutzprüfung ist fehlgeschlagen.');
    expect(alert).not.toContain('Das gibt es bereits');
  });

  it('says the audit failed in English too', async () => {
    await render();
    await TestBed.inject(ActiveLanguage).switchTo('en');
    await showPreview(testPreview());

    await refusePublication(422, { code: 'release_audit_failed', message: 'The release failed the audit.' });

    expect(text(byTestId('release-publish-error'))).toContain('Not published: the protection audit failed.');
  });

  it('says so when the server still wants a reason for a correction', async () => {
    await render();
    await showPreview(testPreview());

    await refusePublication(400, {
      code: 'release_note_required',
      message: 'A correction needs a note.',
      details: [{ field: 'note', message: 'A correction needs a note.' }],
    });

    expect(text(byTestId('release-publish-error'))).toBe(
      'Nicht veröffentlicht: Für eine Korrektur ist ein Grund nötig.',
    );
    expect(byTestId('release-preview-recompute')).toBeNull();
  });

  it('offers no second publication of the data and settings of the newest version', async () => {
    await render();
    await showPreview(testPreview({ version: 2, earlierVersions: 1 }), [
      testRelease(1, { periodKey: '2025', dataVersion: 7 }),
    ]);

    expect(text(byTestId('release-already-published'))).toContain('bereits als Version 1 veröffentlicht');
    expect(byTestId('release-publish')).toBeNull();
    expect(byTestId('release-preview-correction')).toBeNull();
  });

  it('says, without a number, when earlier versions let some suppressed figures be narrowed beyond the settings', async () => {
    await render();
    await showPreview(testPreview({ audit: { passed: true, unprotectedCount: 0, narrowedByEarlierVersions: true } }));

    const warning = text(byTestId('release-audit-narrowed'));
    expect(warning).toContain('Zusammen mit den früher veröffentlichten Versionen');
    expect(warning).not.toMatch(/\d/);
    expect(byTestId('release-publish')).not.toBeNull();
  });

  const crossTab = (share: number): ReleaseTableSummary => ({
    id: 'crossTab:migration_history:languages',
    kind: 'crossTab',
    dimension: 'migration_history',
    dimension2: 'languages',
    informationLoss: { ...loss(100, 80), peopleWeightedShare: share },
  });

  it('says why a cross-tab that shows almost nobody is hidden', async () => {
    await render();
    await showPreview(testPreview({ tables: [...testTables, crossTab(0.95)] }));

    expect(text(byTestId('release-preview-cross-tabs-hidden'))).toContain(
      'Die Kreuztabelle Migrationsgeschichte × languages zeigt (fast) niemanden',
    );
  });

  it('says nothing of the kind for a cross-tab that shows half of its people', async () => {
    await render();
    await showPreview(testPreview({ tables: [...testTables, crossTab(0.5)] }));

    expect(byTestId('release-preview-cross-tabs-hidden')).toBeNull();
  });

  it('offers no publication of a preview that fails the audit, and says how many figures are unprotected', async () => {
    await render();
    await showPreview(testPreview({ audit: { passed: false, unprotectedCount: 3, narrowedByEarlierVersions: false } }));

    expect(text(byTestId('release-preview-audit'))).toBe('nicht bestanden');
    expect(text(byTestId('release-audit-text'))).toContain('3 gesperrte Werte');
    expect(byTestId('release-publish')).toBeNull();
    expect(byTestId('release-not-publishable')).not.toBeNull();
  });

  it('reports a preview that could not be computed', async () => {
    await render();

    byTestId<HTMLButtonElement>('release-preview-compute')?.click();
    http
      .expectOne('/api/releases/preview?period=2025')
      .flush({ code: 'not_found', message: 'No data' } satisfies ApiError, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/releases?period=2025').flush([]);
    await stable();

    expect(byTestId('release-preview-error')?.getAttribute('role')).toBe('alert');
    expect(text(byTestId('release-preview-error'))).toBe('Das Gesuchte wurde nicht gefunden.');
  });

  it('says when the data of a wave cannot be protected as they are', async () => {
    await render();

    byTestId<HTMLButtonElement>('release-preview-compute')?.click();
    http.expectOne('/api/releases/preview?period=2025').flush(
      {
        code: 'release_data_not_protectable',
        message: 'The data cannot be protected.',
        details: [{ field: 'period', message: 'x' }],
      } satisfies ApiError,
      { status: 409, statusText: 'Conflict' },
    );
    http.expectOne('/api/releases?period=2025').flush([]);
    await stable();

    expect(text(byTestId('release-preview-error'))).toContain('lassen sich so nicht schützen und veröffentlichen');
  });

  it('says when a wave has no data to publish yet', async () => {
    await render();

    byTestId<HTMLButtonElement>('release-preview-compute')?.click();
    http.expectOne('/api/releases/preview?period=2025').flush(
      {
        code: 'release_data_not_publishable',
        message: 'Period 2025 has no data.',
        details: [{ field: 'period', message: 'Period 2025 has no data.' }],
      } satisfies ApiError,
      { status: 409, statusText: 'Conflict' },
    );
    http.expectOne('/api/releases?period=2025').flush([]);
    await stable();

    expect(text(byTestId('release-preview-error'))).toContain('Bitte klären Sie die Daten mit dem Personalamt.');
  });
});
