import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRequestThrottle1764500000000 implements MigrationInterface {
  name = 'CreateRequestThrottle1764500000000';

  async up(db: QueryRunner): Promise<void> {
    // Rate limits (sign-in attempts) counted in the database, so that several backend instances behind one
    // address share them. `key` is the throttler's hash of route and client, never an address in the clear.
    await db.query(`
      CREATE TABLE request_throttle (
        throttler text NOT NULL,
        key text NOT NULL,
        hits integer NOT NULL CHECK (hits >= 0),
        window_ends timestamptz NOT NULL,
        blocked_until timestamptz NULL,
        PRIMARY KEY (throttler, key)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE request_throttle');
  }
}
