import pg from 'pg';
import { openDatabase, type Database } from '../src/platform/db/database.js';
import { applyMigrations } from '../src/platform/db/migrate.js';

export interface BenchDatabase {
  db: Database;
  /** For the report, e.g. "PostgreSQL 15.20, database unison_bench_1700000000000". */
  description: string;
  /** Closes the connections and, on PostgreSQL, drops the benchmark database. */
  close(): Promise<void>;
}

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A throwaway database: a fresh `unison_bench_<ts>` on the given PostgreSQL server (so the
 * benchmark never touches real data and never measures leftovers), or PGlite in memory.
 */
export async function openBenchDatabase(serverUrl: string | undefined, poolSize: number): Promise<BenchDatabase> {
  if (!serverUrl) {
    const db = await openDatabase({ dataDir: 'memory://' });
    try {
      await applyMigrations(db.sql);
    } catch (error) {
      await db.close();
      throw error;
    }
    return { db, description: 'PGlite in memory (set --database-url for PostgreSQL)', close: () => db.close() };
  }
  const name = `unison_bench_${Date.now()}`;
  const version = await onServer(serverUrl, async (client) => {
    await client.query(`CREATE DATABASE "${name}"`);
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return rows[0].server_version;
  });
  // Closing the pool can return while its connections are still shutting down. FORCE would then
  // terminate them, and the pool's 'error' event for that kills the process before the report is
  // printed. So wait for them to go away, and force only if they do not within a few seconds.
  const drop = () =>
    onServer(serverUrl, async (client) => {
      for (let attempt = 0; attempt < 50; attempt++) {
        try {
          await client.query(`DROP DATABASE IF EXISTS "${name}"`);
          return;
        } catch (error) {
          if ((error as { code?: string }).code !== '55006') throw error; // object_in_use
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let db: Database | undefined;
  try {
    db = await openDatabase({ databaseUrl: url.toString(), dataDir: 'memory://', poolSize });
    await applyMigrations(db.sql);
  } catch (error) {
    await db?.close().catch(() => {});
    await drop();
    throw error;
  }
  const opened = db;
  return {
    db: opened,
    description: `PostgreSQL ${version} at ${url.host}, database ${name} (dropped at exit)`,
    async close() {
      try {
        await opened.close();
      } finally {
        await drop();
      }
    },
  };
}
