/** Answer of `GET /api/health`. */
export interface HealthResponse {
  readonly status: 'ok' | 'degraded';
  readonly database: 'up' | 'down';
  readonly version: string;
}
