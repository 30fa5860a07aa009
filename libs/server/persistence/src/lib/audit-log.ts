import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction, AuditOutcome } from '@vielfalt/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEvent } from './entities/audit-event.entity';

export interface AuditRecord {
  readonly action: AuditAction;
  readonly outcome: AuditOutcome;
  readonly actorUserId?: string | null;
  readonly actorName?: string | null;
  readonly details?: Record<string, unknown>;
}

/** Appends audit events. Pass the transaction's manager so an event commits (or not) with its change. */
@Injectable()
export class AuditLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(record: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.save(
      manager.create(AuditEvent, {
        action: record.action,
        outcome: record.outcome,
        actorUserId: record.actorUserId ?? null,
        actorName: record.actorName ?? null,
        details: record.details ?? {},
      }),
    );
  }
}
