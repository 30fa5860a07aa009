import 'reflect-metadata';
import { PROTECTION_FLOORS, type ProtectionSettings } from '@vielfalt/contracts';
import { ProtectionSettingsInput } from '@vielfalt/contracts/validation';
import { InvalidProtectionInputError, PARAMETER_FLOORS, protect, type ProtectionInput } from '@vielfalt/disclosure';
import { validateSync } from 'class-validator';

// The floors live twice: in the API's contracts (what an admin may set) and in the protection library (what it
// agrees to protect with). If they drifted, settings could be saved that no release can be computed with, or the
// library would protect with less than the product promises.

// Two Ämter; one of them has a single person with answer x (0 < 1 < k).
const input = (parameters: ProtectionSettings): ProtectionInput => ({
  parameters,
  units: [
    { code: 'R', parent: null },
    { code: 'A', parent: 'R' },
    { code: 'B', parent: 'R' },
  ],
  dimensions: [{ key: 'm', choice: 'single', categories: ['x', 'y'] }],
  counts: [
    { unit: 'A', measure: 'headcount', count: 10 },
    { unit: 'A', measure: 'respondents', count: 8 },
    { unit: 'A', measure: 'answers', dimension: 'm', category: 'x', count: 1 },
    { unit: 'A', measure: 'answers', dimension: 'm', category: 'y', count: 7 },
    { unit: 'B', measure: 'headcount', count: 12 },
    { unit: 'B', measure: 'respondents', count: 9 },
    { unit: 'B', measure: 'answers', dimension: 'm', category: 'x', count: 4 },
    { unit: 'B', measure: 'answers', dimension: 'm', category: 'y', count: 5 },
  ],
});

/** True if `PUT /api/protection-settings` would accept the settings. */
function apiAccepts(settings: ProtectionSettings): boolean {
  return validateSync(Object.assign(new ProtectionSettingsInput(), settings)).length === 0;
}

/** True if `protect` accepts the settings as its parameters (it refuses them before it computes anything). */
async function libraryAccepts(settings: ProtectionSettings): Promise<boolean> {
  try {
    await protect(input(settings));
    return true;
  } catch (error) {
    if (error instanceof InvalidProtectionInputError && /parameters\./.test(error.message)) return false;
    throw error;
  }
}

describe('the protection floors', () => {
  it('are the same in the API contracts and in the protection library', () => {
    expect(PROTECTION_FLOORS).toEqual(PARAMETER_FLOORS);
  });

  it('let the API and the library accept and refuse the very same settings around the floors', async () => {
    const floor = PROTECTION_FLOORS.k;
    for (const k of [floor - 1, floor, floor + 1]) {
      for (const minRespondents of [k - 1, k, k + 1]) {
        const settings = { k, minRespondents };
        const accepted = apiAccepts(settings);
        expect(accepted)
          .withContext(`API, k = ${k}, minRespondents = ${minRespondents}`)
          .toBe(k >= floor && minRespondents >= k);
        expect(await libraryAccepts(settings))
          .withContext(`library, k = ${k}, minRespondents = ${minRespondents}`)
          .toBe(accepted);
      }
    }
  }, 60_000);
});
