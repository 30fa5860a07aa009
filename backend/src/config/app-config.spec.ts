import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('starts the embedded database in demo mode when no DATABASE_URL is set', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.database).toEqual({ kind: 'embedded', port: 54329, dataDir: undefined });
    expect(config.demoMode).toBeTrue();
    expect(config.identity.secureCookies).toBeFalse();
    expect(config.http.staticDir).toBe('/srv/app/dist/frontend/browser');
  });

  it('uses an external database outside demo mode, with secure cookies, when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app:secret@db:5432/vielfalt', PORT: '8080' });
    expect(config.database).toEqual({ kind: 'external', url: 'postgres://app:secret@db:5432/vielfalt' });
    expect(config.demoMode).toBeFalse();
    expect(config.identity.secureCookies).toBeTrue();
    expect(config.http.port).toBe(8080);
  });

  it('refuses a wrong value and names the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrowMatching(
      (error: unknown) => error instanceof ConfigError && /PORT="eighty"/.test(error.message),
    );
  });

  it('names every wrong variable at once', () => {
    try {
      loadConfig({ DEMO_MODE: 'yes', DATABASE_URL: 'mysql://x', SESSION_IDLE_MINUTES: '0' });
      fail('expected a ConfigError');
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('DEMO_MODE');
      expect(problems).toContain('DATABASE_URL');
      expect(problems).toContain('SESSION_IDLE_MINUTES');
    }
  });
});
