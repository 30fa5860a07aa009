import type { AuditAction, AuditEventView } from '@vielfalt/contracts';
import { AUDIT_ACTIONS, AUDIT_DETAIL_KEYS } from '@vielfalt/contracts';

/** Events per page of the audit log. */
export const AUDIT_PAGE_SIZE = 50;

/** The page number of a query parameter: a positive whole number, else 1. */
export function parsePageParam(value: string | undefined): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The action of a query parameter if it is one the API knows; anything else means "all actions". */
export function parseActionParam(value: string | undefined): AuditAction | undefined {
  return AUDIT_ACTIONS.find((action) => action === value);
}

/** How many pages `total` events fill (at least one, so that "page 1 of 1" reads right when empty). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Translation key of an action: dots become underscores because ngx-translate reads dots as nesting. */
export function actionLabelKey(action: AuditAction): string {
  return `audit.actions.${action.replace(/\./g, '_')}`;
}

export interface DetailEntry {
  readonly key: string;
  /** Translation key of its label (`audit.detailKeys.<key>`), or null for a key the log does not know. */
  readonly labelKey: string | null;
  readonly value: string;
  /** The entries of a nested object (such as the settings before and after a change), instead of `value`. */
  readonly parts?: readonly DetailEntry[];
}

const KNOWN_KEYS: ReadonlySet<string> = new Set(AUDIT_DETAIL_KEYS);

/**
 * An event's details as labelled lines: lists joined by commas, a nested object as its own labelled entries,
 * anything else deeper as compact JSON.
 */
export function describeDetails(details: AuditEventView['details']): readonly DetailEntry[] {
  return Object.entries(details).map(([key, value]) => describe(key, value, true));
}

function describe(key: string, value: unknown, nest: boolean): DetailEntry {
  const labelKey = KNOWN_KEYS.has(key) ? `audit.detailKeys.${key}` : null;
  if (nest && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return { key, labelKey, value: '', parts: Object.entries(value).map(([k, v]) => describe(k, v, false)) };
  }
  const text =
    typeof value === 'string'
      ? value
      : Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)
        ? value.join(', ')
        : (JSON.stringify(value) ?? String(value));
  return { key, labelKey, value: text };
}
