import { AUDIT_ACTIONS as auditActions, ERROR_CODES as errorCodes, ROLES as roles } from '@vielfalt/contracts';
import { de } from './de';
import { en } from './en';

/** Every path to a text, e.g. `audit.columns.action`. */
function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('dictionaries', () => {
  it('offer German and English the very same keys', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(de).sort());
  });

  it('leave no text empty in either language', () => {
    for (const dictionary of [de, en]) {
      const empty = keysOf(dictionary).filter((key) => {
        const text = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], dictionary);
        return typeof text !== 'string' || text.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });

  it('translate every error code the API can send', () => {
    for (const code of errorCodes) {
      expect(de.errors[code]).withContext(code).toBeTruthy();
      expect(en.errors[code]).withContext(code).toBeTruthy();
    }
  });

  it('name and describe every role and every audit action', () => {
    for (const role of roles) {
      expect(de.roles[role].label).withContext(role).toBeTruthy();
      expect(de.roles[role].description).withContext(role).toBeTruthy();
    }
    for (const action of auditActions) {
      const key = action.replace(/\./g, '_') as keyof typeof de.audit.actions;
      expect(de.audit.actions[key]).withContext(action).toBeTruthy();
    }
  });
});
