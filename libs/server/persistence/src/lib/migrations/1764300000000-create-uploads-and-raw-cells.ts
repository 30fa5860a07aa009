import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUploadsAndRawCells1764300000000 implements MigrationInterface {
  name = 'CreateUploadsAndRawCells1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE upload (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        period_id integer NULL REFERENCES period(id),
        file_name text NOT NULL,
        file_format text NULL CHECK (file_format IN ('csv', 'xlsx')),
        file_sha256 text NOT NULL,
        file_bytes bigint NOT NULL,
        uploaded_by uuid NULL REFERENCES app_user(id),
        uploaded_by_name text NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL CHECK (status IN ('rejected', 'checked', 'committed')),
        data_rows integer NOT NULL,
        unit_count integer NOT NULL,
        error_count integer NOT NULL,
        warning_count integer NOT NULL,
        problems jsonb NOT NULL,
        -- The period's latest activation when the file was checked: a commit is refused if it moved.
        checked_against bigint NOT NULL DEFAULT 0,
        committed_at timestamptz NULL,
        committed_by_name text NULL,
        CHECK ((status = 'committed') = (committed_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX upload_period ON upload (period_id, uploaded_at DESC)`);
    // The finest counts, exactly as uploaded. No foreign keys: ingest has checked every id against
    // the catalogue before writing, and a million rows go in by COPY.
    await db.query(`
      CREATE TABLE raw_cell (
        upload_id uuid NOT NULL,
        unit_id integer NOT NULL,
        measure smallint NOT NULL CHECK (measure IN (1, 2, 3)),
        attribute_values integer[] NOT NULL,
        category_id integer NULL,
        category2_id integer NULL,
        count integer NOT NULL CHECK (count >= 0)
      )`);
    await db.query(`CREATE INDEX raw_cell_upload_unit ON raw_cell (upload_id, unit_id)`);
    // Which upload holds the current data of a unit in a period: the newest row wins. A rollback
    // adds rows too; upload_id NULL means the unit has no data (any more) in that period.
    await db.query(`
      CREATE TABLE data_activation (
        seq bigserial PRIMARY KEY,
        period_id integer NOT NULL REFERENCES period(id),
        unit_id integer NOT NULL REFERENCES org_unit(id),
        upload_id uuid NULL REFERENCES upload(id),
        reason text NOT NULL CHECK (reason IN ('commit', 'rollback')),
        activated_at timestamptz NOT NULL DEFAULT now(),
        activated_by_name text NOT NULL
      )`);
    await db.query(`CREATE INDEX data_activation_current ON data_activation (period_id, unit_id, seq DESC)`);
    await db.query(`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
      END $$`);
    for (const table of ['raw_cell', 'data_activation']) {
      await db.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
    }
    // An upload is never deleted; only its commit may be recorded.
    await db.query(`
      CREATE TRIGGER upload_never_deleted BEFORE DELETE OR TRUNCATE ON upload
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE data_activation`);
    await db.query(`DROP TABLE raw_cell`);
    await db.query(`DROP TABLE upload`);
    await db.query(`DROP FUNCTION refuse_change()`);
  }
}
