import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { type ProductServer, startProductServer } from './support/product-server';

/** What each demo role must see in the navigation, and nothing more. */
const NAVIGATION: Record<string, string[]> = {
  hr: ['nav-start', 'nav-upload'],
  leadership: ['nav-start', 'nav-releases', 'nav-settings-protection'],
  stabsstelle: ['nav-start', 'nav-catalogue', 'nav-releases', 'nav-releases-publish', 'nav-settings-protection'],
  council: ['nav-start', 'nav-releases', 'nav-settings-protection', 'nav-audit'],
  admin: ['nav-start', 'nav-audit', 'nav-admin-users', 'nav-catalogue', 'nav-settings-protection'],
};

describe('signing in to the product in a real browser', () => {
  let server: ProductServer;
  let browser: Browser;
  let page: Page;
  let policyViolations: string[];

  beforeAll(async () => {
    server = await startProductServer();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    page = await (await browser.newContext({ baseURL: server.url, locale: 'de-DE' })).newPage();
    policyViolations = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
  });
  afterEach(async () => {
    await page.context().close();
    expect(policyViolations).withContext('Content-Security-Policy violations').toEqual([]);
  });

  async function signIn(username: string, password: string): Promise<void> {
    await page.goto('/');
    await page.waitForURL(/\/login/);
    await page.fill('#username', username);
    await page.fill('#password', password);
    await page.click('button[type="submit"]');
  }

  async function navigationTestIds(): Promise<string[]> {
    const links = page.locator('nav [data-testid^="nav-"]');
    await links.first().waitFor();
    return (await links.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-testid') ?? ''))).sort();
  }

  it('loads its stylesheet under the Content-Security-Policy', async () => {
    await page.goto('/login');
    await page.locator('#username').waitFor();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(244, 246, 248)');
  });

  for (const [role, expected] of Object.entries(NAVIGATION)) {
    it(`shows "${role}" their own navigation after signing in, and signs them out again`, async () => {
      await signIn(role, `demo-${role}-passwort`);
      await page.getByTestId('current-user').waitFor();
      expect(await navigationTestIds()).toEqual([...expected].sort());

      await page.getByTestId('logout').click();
      await page.waitForURL(/\/login/);
      await page.goto('/');
      await page.waitForURL(/\/login/);
    }, 60_000);
  }

  it('refuses a wrong password, says so, and the staff council finds the attempt in the audit log', async () => {
    await signIn('stabsstelle', 'falsches-passwort');
    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.getAttribute('role')).toBe('alert');
    expect(page.url()).toMatch(/\/login/);

    await page.fill('#username', 'council');
    await page.fill('#password', 'demo-council-passwort');
    await page.click('button[type="submit"]');
    await page.getByTestId('nav-audit').click();
    const table = page.getByTestId('audit-table');
    await table.waitFor();
    const failedAttempt = table
      .locator('tr', { hasText: 'stabsstelle' })
      .filter({ hasText: /fehlgeschlagen|Fehler|failure/i });
    await failedAttempt.first().waitFor();
    expect(await failedAttempt.count()).toBeGreaterThan(0);
  }, 60_000);
});
