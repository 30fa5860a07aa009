import { ESLint } from 'eslint';

/** Lints a file that is not on disk, as if it stood at `filePath`; returns the boundary errors. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

describe('the architecture boundaries (eslint.config.mjs)', () => {
  it('refuse a NestJS import in the framework-free contracts library', async () => {
    const errors = await boundaryErrors(
      'libs/contracts/src/lib/probe.ts',
      "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n",
    );
    expect(errors.length).toBe(1);
  });

  it('refuse an Angular import in the contracts library', async () => {
    const errors = await boundaryErrors(
      'libs/contracts/src/lib/probe.ts',
      "import { signal } from '@angular/core';\nexport const probe = signal;\n",
    );
    expect(errors.length).toBe(1);
  });

  it('refuse backend code in the frontend, by relative path', async () => {
    const errors = await boundaryErrors(
      'frontend/src/app/probe.ts',
      "import { createApp } from '../../../backend/src/app/create-app';\nexport const probe = createApp;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('refuse a server library in the frontend, by its alias', async () => {
    const errors = await boundaryErrors(
      'frontend/src/app/probe.ts',
      "import { IdentityModule } from '@vielfalt/server-identity';\nexport const probe = IdentityModule;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('refuse one server feature importing another', async () => {
    const errors = await boundaryErrors(
      'libs/server/audit/src/lib/probe.ts',
      "import { IdentityModule } from '@vielfalt/server-identity';\nexport const probe = IdentityModule;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('allow a server feature to use the contracts and persistence libraries', async () => {
    const errors = await boundaryErrors(
      'libs/server/audit/src/lib/probe.ts',
      "import { ROLES } from '@vielfalt/contracts';\nimport { AuditLog } from '@vielfalt/server-persistence';\nexport const probe = [ROLES, AuditLog];\n",
    );
    expect(errors).toEqual([]);
  });

  it('refuse raw survey cells to every server feature but ingest, and to the app', async () => {
    const probe = "import { RawCellStore } from '@vielfalt/server-raw-cells';\nexport const probe = RawCellStore;\n";
    expect((await boundaryErrors('libs/server/audit/src/lib/probe.ts', probe)).length).toBe(1);
    expect((await boundaryErrors('libs/server/catalogue/src/lib/probe.ts', probe)).length).toBe(1);
    expect((await boundaryErrors('backend/src/app/probe.ts', probe)).length).toBe(1);
    expect(await boundaryErrors('libs/server/ingest/src/lib/probe.ts', probe)).toEqual([]);
  });
});
