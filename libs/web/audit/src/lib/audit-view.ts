import type { AuditAction, AuditEventView } from '@vielfalt/contracts';
import { AUDIT_ACTIONS } from '@vielfalt/contracts';

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
  readonly value: string;
}

/** An event's details as key–value lines, nested values as compact JSON. */
export function describeDetails(details: AuditEventView['details']): readonly DetailEntry[] {
  return Object.entries(details).map(([key, value]) => ({
    key,
    value: typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)),
  }));
}
