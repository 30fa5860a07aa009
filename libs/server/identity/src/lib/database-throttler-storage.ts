import type { ThrottlerStorage } from '@nestjs/throttler';
import type { DataSource } from 'typeorm';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** Expired counts are deleted at most this often per instance. */
const SWEEP_INTERVAL_MS = 60_000;

/**
 * The throttler's counts in PostgreSQL instead of one instance's memory: with several backend instances
 * behind one address, a client gets its sign-in attempts once, not once per instance.
 *
 * A fixed window per key: at most `limit` hits until the window ends; the hit after that blocks the key for
 * `blockDuration`, during which hits are not counted; after the block or the window a new window starts.
 * One statement per hit, so concurrent hits on any instance are counted exactly.
 */
export class DatabaseThrottlerStorage implements ThrottlerStorage {
  private lastSweep = 0;

  constructor(private readonly dataSource: DataSource) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    await this.sweep();
    const [counted] = (await this.dataSource.query(
      `INSERT INTO request_throttle AS t (throttler, key, hits, window_ends)
       VALUES ($1, $2, 1, now() + make_interval(secs => $3::double precision / 1000))
       ON CONFLICT (throttler, key) DO UPDATE SET
         hits = CASE WHEN t.blocked_until > now() THEN t.hits
                     WHEN t.window_ends <= now() OR t.blocked_until IS NOT NULL THEN 1
                     ELSE t.hits + 1 END,
         window_ends = CASE WHEN t.blocked_until > now() THEN t.window_ends
                            WHEN t.window_ends <= now() OR t.blocked_until IS NOT NULL THEN excluded.window_ends
                            ELSE t.window_ends END,
         blocked_until = CASE WHEN t.blocked_until > now() THEN t.blocked_until END
       RETURNING hits, extract(epoch FROM window_ends - now()) AS window_seconds,
                 extract(epoch FROM blocked_until - now()) AS block_seconds`,
      [throttlerName, key, ttl],
    )) as { hits: number; window_seconds: string; block_seconds: string | null }[];
    let blockSeconds = counted.block_seconds === null ? 0 : Number(counted.block_seconds);
    if (blockDuration <= 0) {
      // No block: over the limit is refused until the window ends (as the throttler's own storage does).
      return { ...this.window(counted), isBlocked: counted.hits > limit, timeToBlockExpire: 0 };
    }
    if (blockSeconds <= 0 && counted.hits > limit) {
      const [blocked] = (await this.dataSource.query(
        `UPDATE request_throttle SET blocked_until = now() + make_interval(secs => $3::double precision / 1000)
         WHERE throttler = $1 AND key = $2
         RETURNING extract(epoch FROM blocked_until - now()) AS block_seconds`,
        [throttlerName, key, blockDuration],
      )) as [{ block_seconds: string }[], number];
      blockSeconds = Number(blocked[0]?.block_seconds ?? blockDuration / 1000);
    }
    return {
      ...this.window(counted),
      isBlocked: blockSeconds > 0,
      timeToBlockExpire: Math.max(0, Math.ceil(blockSeconds)),
    };
  }

  private window(counted: { hits: number; window_seconds: string }): { totalHits: number; timeToExpire: number } {
    return { totalHits: counted.hits, timeToExpire: Math.max(0, Math.ceil(Number(counted.window_seconds))) };
  }

  private async sweep(): Promise<void> {
    const now = Date.now();
    if (now - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = now;
    await this.dataSource.query(
      `DELETE FROM request_throttle WHERE window_ends < now() AND (blocked_until IS NULL OR blocked_until < now())`,
    );
  }
}
