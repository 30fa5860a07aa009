import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type {
  CatalogueView,
  InformationLossView,
  ReleasePreview,
  ReleaseTableSummary,
  ReleaseView,
  SessionUser,
} from '@vielfalt/contracts';
import { SessionStore, apiErrorInterceptor } from '@vielfalt/web-data-access';
import { provideI18n } from '@vielfalt/web-i18n';

// Test-only catalogue and releases; no real data.

export const testCatalogue: CatalogueView = {
  periods: [
    { key: '2024', label: 'Testwelle 2024', referenceDate: '2024-06-30', status: 'published' },
    { key: '2025', label: 'Testwelle 2025', referenceDate: '2025-06-30', status: 'open' },
  ],
  attributes: [],
  dimensions: [
    {
      key: 'migration_history',
      label: { de: 'Migrationsgeschichte', en: 'Migration history' },
      description: { de: 'Test', en: 'Test' },
      choice: 'single',
      versions: [],
    },
  ],
};

export const loss = (figures: number, suppressed: number): InformationLossView => ({
  figures,
  suppressed,
  suppressedShare: figures === 0 ? 0 : suppressed / figures,
  peopleWeightedShare: figures === 0 ? 0 : suppressed / figures / 2,
});

export const testTables: readonly ReleaseTableSummary[] = [
  { id: 'headcount', kind: 'headcount', dimension: null, dimension2: null, informationLoss: loss(40, 0) },
  { id: 'respondents', kind: 'respondents', dimension: null, dimension2: null, informationLoss: loss(40, 0) },
  {
    id: 'dimension:migration_history',
    kind: 'dimension',
    dimension: 'migration_history',
    dimension2: null,
    informationLoss: loss(120, 18),
  },
  {
    id: 'dimension:languages',
    kind: 'dimension',
    dimension: 'languages',
    dimension2: null,
    informationLoss: loss(80, 12),
  },
];

export const testPreview = (changes: Partial<ReleasePreview> = {}): ReleasePreview => ({
  periodKey: '2025',
  version: 1,
  dataVersion: 7,
  settings: { k: 5, minRespondents: 10 },
  informationLoss: loss(280, 30),
  tables: testTables,
  unitsWithoutBreakdown: [{ unitCode: 'TEST-3', unitName: 'Testamt 3', reason: 'min-respondents' }],
  audit: { passed: true, unprotectedCount: 0, narrowedByEarlierVersions: false },
  earlierVersions: 0,
  ...changes,
});

export const testRelease = (version: number, changes: Partial<ReleaseView> = {}): ReleaseView => ({
  id: `release-${version}`,
  periodKey: '2024',
  version,
  publishedAt: `2026-03-0${version}T09:00:00Z`,
  publishedBy: 'Test Stabsstelle',
  note: version > 1 ? `Korrektur ${version}` : null,
  dataVersion: version,
  settings: { k: 5, minRespondents: 10 },
  informationLoss: loss(280, 30),
  tables: testTables,
  unitsWithoutBreakdown: [],
  audit: { passed: true, unprotectedCount: 0, narrowedByEarlierVersions: false },
  superseded: false,
  ...changes,
});

/** Test-only users; no real person. */
export const testUsers = {
  admin: { id: 'u-admin', username: 'test.admin', displayName: 'Test Admin', roles: ['admin'] },
  council: { id: 'u-council', username: 'test.council', displayName: 'Test Council', roles: ['council'] },
  stabsstelle: { id: 'u-stab', username: 'test.stab', displayName: 'Test Stabsstelle', roles: ['stabsstelle'] },
} satisfies Record<string, SessionUser>;

/** What the pages need in a test: HTTP through the test controller, a router, the dictionaries. */
export function configurePageTest(): HttpTestingController {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(withInterceptors([apiErrorInterceptor])),
      provideHttpClientTesting(),
      provideRouter([]),
      provideI18n(),
    ],
  });
  return TestBed.inject(HttpTestingController);
}

/** Signs `user` in, as the route guards would have done before the page opens. */
export async function signInAs(user: SessionUser): Promise<void> {
  const loaded = TestBed.inject(SessionStore).load();
  TestBed.inject(HttpTestingController).expectOne('/api/auth/session').flush({ user });
  await loaded;
}

/** Lets awaited promises, the router and the change detection move on. */
export const settle = () => new Promise((resolve) => setTimeout(resolve));

export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

export const cellsOf = (table: Element | null, rows = ':scope > tbody > tr') =>
  [...(table?.querySelectorAll(rows) ?? [])].map((row) => [...row.children].map((cell) => text(cell)));
