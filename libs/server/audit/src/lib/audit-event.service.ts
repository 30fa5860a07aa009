import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuditEventView, Page } from '@vielfalt/contracts';
import type { AuditEventQuery } from '@vielfalt/contracts/validation';
import { AuditEvent } from '@vielfalt/server-persistence';
import { Repository } from 'typeorm';

/**
 * Details that events written before 6 December 2026 hold and no reader may see (the log is append-only, so they
 * are dropped on the way out): counts by suppression reason, what a preview computed from data that may never be
 * published, and an upload check's numbers of rows and problems (docs/releases.md, "Storage").
 */
const WITHHELD: Readonly<Record<string, readonly string[]>> = {
  'release.preview': ['figures', 'suppressed', 'suppressedByReason', 'unitsWithoutBreakdown', 'auditPassed'],
  'release.publish': ['suppressedByReason'],
  'upload.check': ['rows', 'errors', 'warnings'],
};

function toView(event: AuditEvent): AuditEventView {
  const withheld = WITHHELD[event.action] ?? [];
  return {
    id: event.id,
    occurredAt: event.occurredAt.toISOString(),
    action: event.action,
    outcome: event.outcome,
    actor: event.actorName,
    details: Object.fromEntries(Object.entries(event.details).filter(([key]) => !withheld.includes(key))),
  };
}

@Injectable()
export class AuditEventService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  /** Newest first; `id` breaks ties between events of the same instant. */
  async page(query: AuditEventQuery): Promise<Page<AuditEventView>> {
    const [events, total] = await this.events.findAndCount({
      where: query.action ? { action: query.action } : {},
      order: { occurredAt: 'DESC', id: 'DESC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items: events.map(toView), page: query.page, pageSize: query.pageSize, total };
  }
}
