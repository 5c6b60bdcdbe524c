import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../../src/platform/db/migrate.js';
import { postgresDriver } from '../../src/platform/db/sql-driver.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of this run's fresh PostgreSQL database; empty when testing on PGlite. */
    testDatabaseUrl: string;
  }
}

/** With DATABASE_URL set, the suite runs against a fresh database on that server, created here and dropped after. */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    project.provide('testDatabaseUrl', '');
    return;
  }
  const name = `unison_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  await applyMigrations(postgresDriver(pool));
  await pool.end();
  project.provide('testDatabaseUrl', url.toString());
  process.stderr.write(`Testing on PostgreSQL database ${name}\n`);

  return async () => {
    const cleanup = new pg.Client({ connectionString: serverUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await cleanup.end();
  };
}
