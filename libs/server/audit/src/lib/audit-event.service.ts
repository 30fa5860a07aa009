import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuditEventView, Page } from '@vielfalt/contracts';
import type { AuditEventQuery } from '@vielfalt/contracts/validation';
import { AuditEvent } from '@vielfalt/server-persistence';
import { Repository } from 'typeorm';

function toView(event: AuditEvent): AuditEventView {
  return {
    id: event.id,
    occurredAt: event.occurredAt.toISOString(),
    action: event.action,
    outcome: event.outcome,
    actor: event.actorName,
    details: event.details,
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
