import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** The few raw-SQL operations the platform needs outside Prisma (migrations, readiness, benchmarks). */
export interface SqlDriver {
  readonly kind: 'pglite' | 'postgres';
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  /**
   * Runs fn on one dedicated connection, for work that keeps session state between statements
   * (explicit transactions, session advisory locks): on a pool, consecutive calls may otherwise
   * land on different connections.
   */
  withConnection<T>(fn: (conn: SqlDriver) => Promise<T>): Promise<T>;
}

export function pgliteDriver(db: PGlite): SqlDriver {
  const driver: SqlDriver = {
    kind: 'pglite',
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await db.query<T>(sql, params);
      return result.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
    // PGlite has one connection, shared with every other user of this instance: session work is
    // only isolated while nothing else queries it (migrations run before the server serves).
    withConnection: (fn) => fn(driver),
  };
  return driver;
}

export function postgresDriver(pool: pg.Pool): SqlDriver {
  return {
    kind: 'postgres',
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await pool.query(sql, params);
      return result.rows as T[];
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async withConnection(fn) {
      const client = await pool.connect();
      let failure: Error | undefined;
      try {
        return await fn(clientDriver(client));
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
        throw error;
      } finally {
        // After a failure the session may still hold a lock or an aborted transaction:
        // passing the error makes the pool discard the connection instead of reusing it.
        client.release(failure);
      }
    },
  };
}

function clientDriver(client: pg.PoolClient): SqlDriver {
  const driver: SqlDriver = {
    kind: 'postgres',
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await client.query(sql, params);
      return result.rows as T[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    withConnection: (fn) => fn(driver),
  };
  return driver;
}
