import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { type ProductServer, startProductServer } from './support/product-server';

/** Fills every count of the template as HR would for a quiet unit: 10 staff, 5 took part, all "keine Angabe". */
function fillCount(measure: string, category: string): number {
  if (measure === 'headcount') return 10;
  if (measure === 'respondents') return 5;
  return category === 'keine_angabe' ? 5 : 0;
}

describe('HR brings in a survey wave in a real browser', () => {
  let server: ProductServer;
  let browser: Browser;
  let page: Page;
  let folder: string;

  beforeAll(async () => {
    server = await startProductServer();
    browser = await launchChromium();
    folder = mkdtempSync(path.join(tmpdir(), 'vielfalt-e2e-files-'));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });
  beforeEach(async () => {
    page = await (await browser.newContext({ baseURL: server.url, locale: 'de-DE', acceptDownloads: true })).newPage();
  });
  afterEach(async () => {
    await page.context().close();
  });

  async function signIn(username: string): Promise<void> {
    await page.goto('/login');
    await page.fill('#username', username);
    await page.fill('#password', `demo-${username}-passwort`);
    await page.click('button[type="submit"]');
    await page.getByTestId('current-user').waitFor();
  }

  async function checkFile(file: string): Promise<void> {
    await page.getByTestId('upload-file').setInputFiles(file);
    await page.getByTestId('upload-check').click();
  }

  it('downloads the template, sees the errors of an unfilled file, then commits the filled one', async () => {
    await signIn('hr');
    await page.getByTestId('nav-upload').click();
    await page.getByTestId('upload-period').selectOption('2025');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template-xlsx').click()]);
    expect(download.suggestedFilename()).toBe('vorlage-2025.xlsx');
    const template = path.join(folder, 'vorlage-2025.xlsx');
    await download.saveAs(template);

    await checkFile(template);
    const errors = page.getByTestId('upload-errors');
    await errors.waitFor();
    expect(await errors.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await errors.locator('tbody tr').first().innerText()).toContain('(count)');
    expect(await page.getByTestId('upload-commit').count()).toBe(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    const sheet = workbook.getWorksheet('Daten');
    const header = (sheet?.getRow(1).values as unknown[]).map(String);
    const [measure, category, count] = ['measure', 'category', 'count'].map((name) => header.indexOf(name));
    sheet?.eachRow((row, number) => {
      if (number === 1) return;
      row.getCell(count).value = fillCount(
        String(row.getCell(measure).value),
        String(row.getCell(category).value ?? ''),
      );
    });
    const filled = path.join(folder, 'befragung-2025-personalamt.xlsx');
    writeFileSync(filled, Buffer.from(await workbook.xlsx.writeBuffer()));

    await checkFile(filled);
    await page.getByTestId('upload-commit').click();
    await page.getByTestId('upload-committed').waitFor();
    const history = page.getByTestId('upload-history');
    await history.locator('tr', { hasText: 'befragung-2025-personalamt.xlsx' }).first().waitFor();

    // The report is in the address: reloaded, the page shows it again.
    expect(new URL(page.url()).searchParams.get('report')).toMatch(/\S/);
    await page.reload();
    await page.getByTestId('upload-report').getByText('befragung-2025-personalamt.xlsx').waitFor();
  }, 120_000);

  it('keeps leadership out of the upload, in the menu, the page and the API', async () => {
    await signIn('leadership');
    expect(await page.getByTestId('nav-upload').count()).toBe(0);
    await page.goto('/upload');
    await page.waitForURL((url) => !url.pathname.startsWith('/upload'));
    await page.getByTestId('home-denied').waitFor();
    const status = await page.evaluate(() => fetch('/api/uploads').then((response) => response.status));
    expect(status).toBe(403);
  }, 60_000);
});
