import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReleases1764400000000 implements MigrationInterface {
  name = 'CreateReleases1764400000000';

  async up(db: QueryRunner): Promise<void> {
    // The protection settings' history: a new row per change, the newest wins; no row means the defaults
    // (libs/contracts PROTECTION_DEFAULTS). The floors hold here too, so no side door can lower them.
    await db.query(`
      CREATE TABLE protection_settings (
        seq bigserial PRIMARY KEY,
        k integer NOT NULL CHECK (k >= 3 AND k <= 100),
        min_respondents integer NOT NULL CHECK (min_respondents >= k AND min_respondents <= 1000),
        changed_at timestamptz NOT NULL DEFAULT now(),
        changed_by uuid NULL REFERENCES app_user(id),
        changed_by_name text NOT NULL
      )`);
    // One published, protected version of a period. Immutable: a correction is a new version.
    await db.query(`
      CREATE TABLE release (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        period_id integer NOT NULL REFERENCES period(id),
        version integer NOT NULL CHECK (version >= 1),
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by uuid NULL REFERENCES app_user(id),
        published_by_name text NOT NULL,
        note text NULL CHECK (note IS NULL OR length(btrim(note)) > 0),
        -- The period's data_activation.seq the release was computed from.
        data_version bigint NOT NULL,
        k integer NOT NULL CHECK (k >= 3),
        min_respondents integer NOT NULL CHECK (min_respondents >= k),
        information_loss jsonb NOT NULL,
        tables jsonb NOT NULL,
        units_without_breakdown jsonb NOT NULL,
        audit jsonb NOT NULL CHECK ((audit ->> 'passed')::boolean),
        UNIQUE (period_id, version),
        -- A correction says why.
        CHECK (version = 1 OR note IS NOT NULL)
      )`);
    // Every figure of a release: its value, or NULL and why it is suppressed (never the suppressed value).
    await db.query(`
      CREATE TABLE release_figure (
        release_id uuid NOT NULL REFERENCES release(id),
        table_id text NOT NULL,
        ordinal integer NOT NULL,
        figure_id text NOT NULL,
        measure text NOT NULL CHECK (measure IN ('headcount', 'respondents', 'answers')),
        unit_code text NOT NULL,
        attributes jsonb NOT NULL,
        category text NULL,
        chosen boolean NULL,
        category2 text NULL,
        value integer NULL CHECK (value >= 0),
        suppression text NULL CHECK (suppression IN ('primary', 'secondary', 'min-respondents')),
        CHECK ((value IS NULL) = (suppression IS NOT NULL)),
        PRIMARY KEY (release_id, table_id, ordinal),
        UNIQUE (release_id, figure_id)
      )`);
    for (const table of ['protection_settings', 'release', 'release_figure']) {
      await db.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE release_figure`);
    await db.query(`DROP TABLE release`);
    await db.query(`DROP TABLE protection_settings`);
  }
}
