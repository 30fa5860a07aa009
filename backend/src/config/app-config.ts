import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';
import * as os from 'node:os';
import * as path from 'node:path';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value === undefined || value === '' ? undefined : value;

const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value === '' ? undefined : value;

/**
 * The environment variables the product reads, each validated. docs/operations.md
 * describes every one; a wrong value stops start-up with a message naming it.
 */
class EnvironmentVariables {
  @IsOptional() @IsString() HOST?: string;
  @IsOptional() @Transform(toInteger) @IsInt() @Min(1) @Max(65535) PORT?: number;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(1) @Max(65535) EMBEDDED_PG_PORT?: number;
  @IsOptional() @IsString() EMBEDDED_PG_DATA_DIR?: string;

  @IsOptional() @Transform(toBoolean) @IsBoolean({ message: 'DEMO_MODE must be true or false' }) DEMO_MODE?: boolean;
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'COOKIE_SECURE must be true or false' })
  COOKIE_SECURE?: boolean;
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'TRUST_PROXY must be true or false' })
  TRUST_PROXY?: boolean;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(1) @Max(1440) SESSION_IDLE_MINUTES?: number;
  @IsOptional() @Transform(toInteger) @IsInt() @Min(1) @Max(24) SESSION_MAX_HOURS?: number;
  @IsOptional() @Transform(toInteger) @IsInt() @Min(1) @Max(1000) LOGIN_ATTEMPTS_PER_MINUTE?: number;

  @IsOptional() @Transform(toInteger) @IsInt() @Min(1) @Max(200) UPLOAD_MAX_MEGABYTES?: number;
  @IsOptional() @IsString() UPLOAD_DIR?: string;

  @IsOptional() @IsIn(LOG_LEVELS) LOG_LEVEL?: (typeof LOG_LEVELS)[number];
  @IsOptional() @IsString() STATIC_DIR?: string;
}

export interface AppConfig {
  readonly http: {
    readonly host: string;
    readonly port: number;
    readonly trustProxy: boolean;
    readonly staticDir: string;
  };
  /** `url` is set when an external PostgreSQL is used; otherwise the embedded one starts. */
  readonly database:
    | { readonly kind: 'external'; readonly url: string }
    | { readonly kind: 'embedded'; readonly port: number; readonly dataDir: string | undefined };
  readonly demoMode: boolean;
  readonly identity: {
    readonly sessionIdleMinutes: number;
    readonly sessionMaxHours: number;
    readonly secureCookies: boolean;
    readonly loginAttemptsPerMinute: number;
  };
  readonly ingest: { readonly maxUploadBytes: number; readonly uploadDir: string };
  readonly logLevel: (typeof LOG_LEVELS)[number];
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws `ConfigError` naming every wrong variable. */
export function loadConfig(env: NodeJS.ProcessEnv, workingDirectory = process.cwd()): AppConfig {
  const vars = plainToInstance(EnvironmentVariables, env, { excludeExtraneousValues: false });
  const errors = validateSync(vars, { skipMissingProperties: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map(
        (error) =>
          `${error.property}=${JSON.stringify(env[error.property])}: ${Object.values(error.constraints ?? {}).join('; ')}`,
      ),
    );
  }

  const external = vars.DATABASE_URL !== undefined;
  const demoMode = vars.DEMO_MODE ?? !external;
  return {
    http: {
      host: vars.HOST ?? '127.0.0.1',
      port: vars.PORT ?? 3000,
      trustProxy: vars.TRUST_PROXY ?? false,
      staticDir: path.resolve(workingDirectory, vars.STATIC_DIR ?? 'dist/frontend/browser'),
    },
    database: external
      ? { kind: 'external', url: vars.DATABASE_URL as string }
      : {
          kind: 'embedded',
          port: vars.EMBEDDED_PG_PORT ?? 54329,
          dataDir: vars.EMBEDDED_PG_DATA_DIR && path.resolve(workingDirectory, vars.EMBEDDED_PG_DATA_DIR),
        },
    demoMode,
    identity: {
      sessionIdleMinutes: vars.SESSION_IDLE_MINUTES ?? 30,
      sessionMaxHours: vars.SESSION_MAX_HOURS ?? 10,
      // Outside demo mode the product runs behind HTTPS; cookies must then never travel in clear.
      secureCookies: vars.COOKIE_SECURE ?? !demoMode,
      loginAttemptsPerMinute: vars.LOGIN_ATTEMPTS_PER_MINUTE ?? 10,
    },
    ingest: {
      maxUploadBytes: (vars.UPLOAD_MAX_MEGABYTES ?? 20) * 1024 * 1024,
      uploadDir: path.resolve(workingDirectory, vars.UPLOAD_DIR ?? path.join(os.tmpdir(), 'vielfaltsmonitor-uploads')),
    },
    logLevel: vars.LOG_LEVEL ?? 'info',
  };
}
