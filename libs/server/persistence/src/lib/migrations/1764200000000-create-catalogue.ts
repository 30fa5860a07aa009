import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCatalogue1764200000000 implements MigrationInterface {
  name = 'CreateCatalogue1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE period (
        id serial PRIMARY KEY,
        key text NOT NULL UNIQUE CHECK (key ~ '^[A-Za-z0-9_-]{1,32}$'),
        label text NOT NULL,
        reference_date date NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'published')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE org_unit (
        id serial PRIMARY KEY,
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9._-]{1,40}$'),
        name text NOT NULL,
        parent_id integer NULL REFERENCES org_unit(id),
        valid_from date NOT NULL,
        valid_to date NULL CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    await db.query(`CREATE INDEX org_unit_parent ON org_unit (parent_id)`);
    await db.query(`
      CREATE TABLE org_unit_successor (
        predecessor_id integer NOT NULL REFERENCES org_unit(id),
        successor_id integer NOT NULL REFERENCES org_unit(id),
        PRIMARY KEY (predecessor_id, successor_id),
        CHECK (predecessor_id <> successor_id)
      )`);
    await db.query(`
      CREATE TABLE structural_attribute (
        id serial PRIMARY KEY,
        key text NOT NULL UNIQUE CHECK (key ~ '^[a-z][a-z0-9_]{0,39}$'),
        label_de text NOT NULL,
        label_en text NOT NULL,
        sort integer NOT NULL
      )`);
    await db.query(`
      CREATE TABLE structural_attribute_value (
        id serial PRIMARY KEY,
        attribute_id integer NOT NULL REFERENCES structural_attribute(id),
        key text NOT NULL CHECK (key ~ '^[a-z0-9][a-z0-9_]{0,39}$'),
        label_de text NOT NULL,
        label_en text NOT NULL,
        sort integer NOT NULL,
        UNIQUE (attribute_id, key)
      )`);
    await db.query(`
      CREATE TABLE dimension (
        id serial PRIMARY KEY,
        key text NOT NULL UNIQUE CHECK (key ~ '^[a-z][a-z0-9_]{0,39}$'),
        label_de text NOT NULL,
        label_en text NOT NULL,
        description_de text NOT NULL,
        description_en text NOT NULL,
        choice text NOT NULL CHECK (choice IN ('single', 'multi')),
        sort integer NOT NULL
      )`);
    await db.query(`
      CREATE TABLE dimension_version (
        id serial PRIMARY KEY,
        dimension_id integer NOT NULL REFERENCES dimension(id),
        version integer NOT NULL CHECK (version >= 1),
        valid_from_period_id integer NOT NULL REFERENCES period(id),
        agreed_by text NOT NULL,
        agreed_on date NOT NULL,
        UNIQUE (dimension_id, version),
        UNIQUE (dimension_id, valid_from_period_id)
      )`);
    await db.query(`
      CREATE TABLE category (
        id serial PRIMARY KEY,
        dimension_version_id integer NOT NULL REFERENCES dimension_version(id),
        key text NOT NULL CHECK (key ~ '^[a-z0-9][a-z0-9_]{0,39}$'),
        label_de text NOT NULL,
        label_en text NOT NULL,
        sort integer NOT NULL,
        UNIQUE (dimension_version_id, key)
      )`);
    await db.query(`
      CREATE TABLE category_mapping (
        from_category_id integer NOT NULL REFERENCES category(id),
        to_category_id integer NOT NULL REFERENCES category(id),
        PRIMARY KEY (from_category_id, to_category_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'category_mapping',
      'category',
      'dimension_version',
      'dimension',
      'structural_attribute_value',
      'structural_attribute',
      'org_unit_successor',
      'org_unit',
      'period',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
