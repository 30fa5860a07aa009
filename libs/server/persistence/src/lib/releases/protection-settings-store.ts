import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PROTECTION_DEFAULTS, type ProtectionSettings, type ProtectionSettingsView } from '@vielfalt/contracts';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * The protection settings (k, minimum respondents): an append-only history, the newest row wins, the defaults
 * while there is none. The database refuses values below the floors (CHECK constraints).
 */
@Injectable()
export class ProtectionSettingsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async current(db: EntityManager = this.dataSource.manager): Promise<ProtectionSettingsView> {
    const rows: { k: number; minRespondents: number; updatedAt: Date; updatedBy: string }[] = await db.query(
      `SELECT k, min_respondents AS "minRespondents", changed_at AS "updatedAt", changed_by_name AS "updatedBy"
       FROM protection_settings ORDER BY seq DESC LIMIT 1`,
    );
    const row = rows[0];
    if (!row) return { ...PROTECTION_DEFAULTS, updatedAt: null, updatedBy: null };
    return { ...row, updatedAt: row.updatedAt.toISOString() };
  }

  async insert(
    settings: ProtectionSettings,
    actor: { readonly id: string | null; readonly name: string },
    db: EntityManager,
  ): Promise<void> {
    await db.query(
      `INSERT INTO protection_settings (k, min_respondents, changed_by, changed_by_name) VALUES ($1, $2, $3, $4)`,
      [settings.k, settings.minRespondents, actor.id, actor.name],
    );
  }
}
