import { generateDemoData } from '@vielfalt/demo-data';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { type ProductServer, startProductServer } from './support/product-server';

/** The wave the journey corrects: the oldest. */
const PERIOD = '2018';
/** The wave the staff council reads: the newest, which nobody corrects here. */
const COUNCIL_PERIOD = '2025';
/** The unit HR corrects. */
const CORRECTED_UNIT = 'D1-10-2';

/**
 * Demo mode publishes every demo period right after its first start, oldest first, as the Stabsstelle would. A
 * correction needs new data or new settings: HR corrects one unit of the oldest wave, the Stabsstelle previews
 * and publishes version 2, IT then raises the protection settings for the next release (never below the floor),
 * and the staff council reads history and settings without a way to publish.
 *
 * A correction after the settings were raised is covered by backend/src/app/release-correction.integration.spec.ts
 * rather than here: on a demo period it takes the linear-programming path (about 12 s for preview and again for
 * publishing on this machine), too slow for this journey.
 */
describe('releases in a real browser', () => {
  let server: ProductServer;
  let browser: Browser;
  let page: Page;
  let policyViolations: string[];
  let folder: string;

  beforeAll(async () => {
    server = await startProductServer();
    browser = await launchChromium();
    folder = mkdtempSync(path.join(tmpdir(), 'vielfalt-e2e-releases-'));
    await waitForDemoReleases();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });
  beforeEach(async () => {
    policyViolations = [];
    await openPage();
  });
  afterEach(async () => {
    await page.context().close();
    expect(policyViolations).withContext('Content-Security-Policy violations').toEqual([]);
  });

  async function signIn(username: string): Promise<void> {
    await page.goto('/login');
    await page.fill('#username', username);
    await page.fill('#password', `demo-${username}-passwort`);
    await page.click('button[type="submit"]');
    await page.getByTestId('current-user').waitFor();
  }

  const textOf = async (testId: string) => (await page.getByTestId(testId).innerText()).replace(/\s+/g, ' ').trim();

  /** A page in a fresh browser context (a person on their own device) that records CSP violations. */
  async function openPage(): Promise<void> {
    page = await (await browser.newContext({ baseURL: server.url, locale: 'de-DE' })).newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
  }

  async function switchPerson(username: string): Promise<void> {
    await page.context().close();
    await openPage();
    await signIn(username);
  }

  /**
   * HR's corrected file for one unit of `PERIOD`: its rows of the next demo wave (same unit, same categories,
   * every sum consistent), dated `PERIOD`.
   */
  function correctionFile(): string {
    const next = generateDemoData().uploads.find((upload) => upload.periodKey === String(Number(PERIOD) + 1));
    const rows = (next?.csv ?? '').trim().split('\n');
    const unitRows = rows.slice(1).filter((row) => row.split(';')[1] === CORRECTED_UNIT);
    const file = path.join(folder, `korrektur-${CORRECTED_UNIT}-${PERIOD}.csv`);
    writeFileSync(file, [rows[0], ...unitRows.map((row) => row.replace(/^[^;]+/, PERIOD))].join('\n') + '\n');
    return file;
  }

  /**
   * Waits until start-up has published every demo period (each a preview and a publication, about 20 s on
   * a 2-core machine), so that the journeys below start from the same releases in any order.
   */
  async function waitForDemoReleases(): Promise<void> {
    await openPage();
    await signIn('council');
    const unpublished = await page.evaluate(async () => {
      const json = async (url: string) => (await fetch(url)).json();
      const periods = ((await json('/api/catalogue')) as { periods: { key: string }[] }).periods.map((p) => p.key);
      const deadline = Date.now() + 90_000;
      let missing = periods;
      while (missing.length > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        const published = new Set(((await json('/api/releases')) as { periodKey: string }[]).map((r) => r.periodKey));
        missing = periods.filter((key) => !published.has(key));
      }
      return missing;
    });
    await page.context().close();
    if (unpublished.length > 0) throw new Error(`No release of ${unpublished.join(', ')} 90 s after start-up`);
  }

  it('lets HR correct a unit, the Stabsstelle preview and publish the correction, and IT then raise k', async () => {
    // HR corrects the figures of one unit of the oldest wave (a correction needs new data or new settings).
    await signIn('hr');
    await page.getByTestId('nav-upload').click();
    await page.getByTestId('upload-file').setInputFiles(correctionFile());
    await page.getByTestId('upload-check').click();
    await page.getByTestId('upload-commit').click();
    await page.getByTestId('upload-committed').waitFor();

    await switchPerson('stabsstelle');
    await page.getByTestId('nav-releases-publish').click();
    await page.getByTestId('publish-period').selectOption(PERIOD);
    await page.waitForURL(new RegExp(`period=${PERIOD}`));
    await page.getByTestId('release-preview-compute').click();

    // A correction is protected jointly with version 1 (docs/disclosure.md, "Corrections"): about 30 s for a demo
    // period on these machines, where a first version takes a second.
    await page.getByTestId('release-preview').waitFor({ timeout: 120_000 });
    expect(await textOf('release-preview-version')).toBe('Version 2 (Korrektur)');
    expect(await textOf('release-preview-settings')).toBe('k = 5, mindestens 10 Teilnehmende');
    expect(await textOf('release-preview-audit')).toBe('bestanden');
    // Information loss per table: headcount, respondents, every dimension and cross-tab, each with its figures.
    const tables = page.getByTestId('release-preview-tables').locator('tbody tr');
    expect(await tables.count()).toBeGreaterThan(2);
    expect(await tables.first().locator('td').first().innerText()).toMatch(/^[1-9][\d.]*$/);
    await page.locator('vm-chart canvas').waitFor();
    expect(await page.locator('vm-chart canvas').count()).toBe(1);
    // Units with fewer respondents than the minimum publish no breakdown: named, with the reason (a list to open).
    await page.getByTestId('release-preview-units-details').locator('summary').click();
    const units = page.getByTestId('release-preview-units').locator('tbody tr');
    expect(await units.count()).toBeGreaterThan(0);
    expect(await units.first().innerText()).toContain('zu wenige Teilnehmende für eine eigene Aufschlüsselung');

    await page.getByTestId('release-publish').click();
    expect(await textOf('release-note-error')).toContain('warum eine neue Version');
    expect(await page.locator('dialog[open]').count()).toBe(0);

    await page.getByTestId('release-note').fill('Zentrale Dienste korrigiert (End-to-End-Test)');
    await page.getByTestId('release-publish').click();
    await page.locator('dialog[open]').waitFor();
    await page.getByTestId('release-publish-confirm').click();
    await page.getByTestId('release-published').waitFor({ timeout: 120_000 });
    expect(await textOf('release-published')).toContain(`Version 2 von Beschäftigtenbefragung ${PERIOD}`);

    await page.getByTestId('release-published-history').click();
    await page.waitForURL(new RegExp(`/releases\\?period=${PERIOD}`));
    const rows = page.getByTestId('release-history').locator(':scope > tbody > tr[data-release-id]');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    const newest = await rows.first().innerText();
    expect(newest).toContain('Zentrale Dienste korrigiert (End-to-End-Test)');
    expect(newest).toContain('aktuell');
    expect(await rows.nth(1).getByTestId('release-status').innerText()).toBe('ersetzt');

    // IT raises the protection settings for the next release, never below the floor.
    await switchPerson('admin');
    await page.getByTestId('nav-settings-protection').click();
    await page.getByTestId('protection-k-input').fill('2');
    await page.getByTestId('protection-submit').click();
    expect(await textOf('protection-k-error')).toBe('k darf nicht kleiner als 3 sein.');
    expect(await page.getByTestId('protection-saved').count()).toBe(0);
    // The server holds the floor too, whatever a browser sends.
    const belowFloor = await page.evaluate(async () => {
      const token = document.cookie.match(/XSRF-TOKEN=([^;]+)/)?.[1] ?? '';
      const response = await fetch('/api/protection-settings', {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'X-XSRF-TOKEN': decodeURIComponent(token) },
        body: JSON.stringify({ k: 2, minRespondents: 12 }),
      });
      return { status: response.status, body: (await response.json()) as { details: { field?: string }[] } };
    });
    expect(belowFloor.status).toBe(400);
    expect(belowFloor.body.details).toContain(jasmine.objectContaining({ field: 'k' }));
    expect(await textOf('protection-k')).toBe('5');

    await page.getByTestId('protection-k-input').fill('6');
    await page.getByTestId('protection-min-respondents-input').fill('12');
    await page.getByTestId('protection-submit').click();
    await page.getByTestId('protection-saved').waitFor();
    await page.locator('[data-testid="protection-k"]', { hasText: '6' }).waitFor();
    expect(await textOf('protection-min-respondents')).toBe('12');
  }, 300_000);

  it('shows the staff council the releases and the settings, but no way to publish', async () => {
    await signIn('council');
    expect(await page.getByTestId('nav-releases-publish').count()).toBe(0);

    // Start-up published the demo waves: the council finds them in the history at once.
    await page.getByTestId('nav-releases').click();
    await page.getByTestId('history-period').selectOption(COUNCIL_PERIOD);
    await page.waitForURL(new RegExp(`period=${COUNCIL_PERIOD}`));
    const rows = page.getByTestId('release-history').locator(':scope > tbody > tr[data-release-id]');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    const release = (await rows.first().innerText()).replace(/\s+/g, ' ');
    expect(release).toContain('demo-mode');
    expect(release).toContain('bestanden');
    expect(release).toContain('aktuell');
    expect(await page.getByTestId('release-history-publish').count()).toBe(0);
    await rows.first().getByTestId('release-toggle-tables').click();
    // Information loss per table: headcount, respondents and at least one dimension.
    await page.getByTestId('release-tables').locator('tbody tr').nth(2).waitFor();

    await page.getByTestId('nav-settings-protection').click();
    await page.getByTestId('protection-read-only').waitFor();
    expect(await page.getByTestId('protection-k').innerText()).toMatch(/^\d+$/);
    expect(await page.getByTestId('protection-form').count()).toBe(0);

    await page.goto('/releases/publish');
    await page.waitForURL((url) => !url.pathname.startsWith('/releases/publish'));
    await page.getByTestId('home-denied').waitFor();
    const statuses = await page.evaluate(async (period) => {
      const token = document.cookie.match(/XSRF-TOKEN=([^;]+)/)?.[1] ?? '';
      const preview = await fetch(`/api/releases/preview?period=${period}`);
      const publish = await fetch('/api/releases', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-XSRF-TOKEN': decodeURIComponent(token) },
        body: JSON.stringify({ periodKey: period, dataVersion: 1 }),
      });
      return [preview.status, publish.status];
    }, COUNCIL_PERIOD);
    expect(statuses).toEqual([403, 403]);
  }, 60_000);
});
