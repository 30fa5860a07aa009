import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProtectionSettings, ProtectionSettingsView } from '@vielfalt/contracts';
import type { Actor } from '@vielfalt/server-api';
import { AuditLog, ProtectionSettingsStore } from '@vielfalt/server-persistence';
import { DataSource } from 'typeorm';

/** k and the minimum of respondents: read by everyone who reads releases, changed by admin, never below the floors. */
@Injectable()
export class ProtectionSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: ProtectionSettingsStore,
    private readonly auditLog: AuditLog,
  ) {}

  current(): Promise<ProtectionSettingsView> {
    return this.store.current();
  }

  /**
   * Appends the new settings (the request class has checked the floors; the database checks them again). The
   * settings in force, sent again, change nothing: no new row, no audit event, the last change stays the last.
   */
  async update(settings: ProtectionSettings, actor: Actor): Promise<ProtectionSettingsView> {
    await this.dataSource.transaction(async (db) => {
      const before = await this.store.current(db);
      if (before.k === settings.k && before.minRespondents === settings.minRespondents) return;
      await this.store.insert(settings, actor, db);
      await this.auditLog.record(
        {
          action: 'settings.protection.update',
          outcome: 'success',
          actorUserId: actor.id,
          actorName: actor.name,
          details: {
            before: { k: before.k, minRespondents: before.minRespondents },
            after: { k: settings.k, minRespondents: settings.minRespondents },
          },
        },
        db,
      );
    });
    return this.store.current();
  }
}
