import path from 'node:path';

/** Every setting Unison reads from the environment, in one place (documented in README.md). */
export interface Config {
  /** PostgreSQL URL; when absent the embedded PGlite database is used. */
  databaseUrl?: string;
  /** PGlite data directory, or `memory://` for a throwaway in-memory database. */
  dataDir: string;
  port: number;
  host: string;
  logLevel: LogLevel;
  production: boolean;
  /** Show the message of unexpected errors to callers (NODE_ENV=development or UNISON_DEBUG_ERRORS=1); never by default. */
  debugErrors: boolean;
  autoMigrate: boolean;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: number;
  /** Seconds a client has to send a whole request (headers and body); a slower one gets HTTP 408. */
  requestTimeoutSeconds: number;
  /** Requests per minute per API key (bursts up to the same number); 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Seconds between runs of the approvals escalation (steps past their SLA); 0 turns it off. */
  escalationIntervalSeconds: number;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const LOG_LEVELS: LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const logLevel = (env.LOG_LEVEL ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    databaseUrl,
    dataDir: env.UNISON_DATA_DIR || path.resolve('.unison', 'data'),
    port,
    host: env.HOST ?? 'localhost',
    logLevel,
    production: env.NODE_ENV === 'production',
    debugErrors: env.NODE_ENV === 'development' || env.UNISON_DEBUG_ERRORS === '1',
    // The embedded database belongs to this process, so migrating it on start is always safe;
    // a shared PostgreSQL is migrated deliberately (`unison migrate`) unless asked otherwise.
    autoMigrate: !databaseUrl || env.UNISON_AUTO_MIGRATE === '1',
    maxBodyBytes: positiveNumber(env, 'UNISON_MAX_BODY_BYTES', 1_000_000),
    requestTimeoutSeconds: positiveNumber(env, 'UNISON_REQUEST_TIMEOUT_SECONDS', 30),
    rateLimitPerMinute: positiveNumber(env, 'UNISON_RATE_LIMIT_PER_MINUTE', 0),
    escalationIntervalSeconds: positiveNumber(env, 'UNISON_ESCALATION_INTERVAL_SECONDS', 300),
  };
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of at least 0, got "${raw}"`);
  return value;
}
