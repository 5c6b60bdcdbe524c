import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations, migrationStatus } from '../../src/platform/db/migrate.js';
import { pgliteDriver, type SqlDriver } from '../../src/platform/db/sql-driver.js';

const projectMigrations = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  applied_steps_count: number;
}

// One in-memory PGlite for the file (booting one takes seconds); each test starts from an empty schema.
let pglite: PGlite;
let db: SqlDriver;
let tmp: string;

beforeAll(async () => {
  pglite = await PGlite.create();
  db = pgliteDriver(pglite);
  tmp = await mkdtemp(path.join(tmpdir(), 'unison-migrate-'));
}, 60_000);

afterAll(async () => {
  await pglite?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

beforeEach(async () => {
  await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
});

async function migrationsDir(migrations: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmp, 'migrations-'));
  for (const [name, sql] of Object.entries(migrations)) await writeMigration(dir, name, sql);
  return dir;
}

async function writeMigration(dir: string, name: string, sql: string) {
  await mkdir(path.join(dir, name), { recursive: true });
  await writeFile(path.join(dir, name, 'migration.sql'), sql);
}

const history = () =>
  db.query<HistoryRow>(
    'SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name',
  );

const tableExists = async (name: string) => {
  const [{ present }] = await db.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [name]);
  return present;
};

describe('applyMigrations on PGlite', () => {
  it('applies every project migration once and records it as Prisma does', { timeout: 60_000 }, async () => {
    const names = (await readdir(projectMigrations, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(names.length).toBeGreaterThan(0);

    expect(await applyMigrations(db)).toEqual({ applied: names });
    expect(await tableExists('"Customer"')).toBe(true);
    expect(await applyMigrations(db)).toEqual({ applied: [] });

    const rows = await history();
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    for (const row of rows) {
      const script = await readFile(path.join(projectMigrations, row.migration_name, 'migration.sql'), 'utf8');
      expect(row.checksum).toBe(sha256(script));
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at).toBeInstanceOf(Date);
    }
  });

  it('reports pending migrations and applies only those', async () => {
    const dir = await migrationsDir({ '20240101000000_first': 'CREATE TABLE first (id int);' });
    expect(await migrationStatus(db, { dir })).toEqual({ applied: [], pending: ['20240101000000_first'] });
    await applyMigrations(db, { dir });

    await writeMigration(dir, '20240102000000_second', 'CREATE TABLE second (id int);');
    expect(await migrationStatus(db, { dir })).toEqual({
      applied: ['20240101000000_first'],
      pending: ['20240102000000_second'],
    });
    const logged: string[] = [];
    expect(await applyMigrations(db, { dir, log: (msg) => logged.push(msg) })).toEqual({
      applied: ['20240102000000_second'],
    });
    expect(logged).toEqual([expect.stringContaining('20240102000000_second')]);
    expect((await migrationStatus(db, { dir })).pending).toEqual([]);
  });

  it('refuses a migration whose file changed after it was applied', async () => {
    const dir = await migrationsDir({ '20240101000000_first': 'CREATE TABLE first (id int);' });
    await applyMigrations(db, { dir });
    await writeMigration(dir, '20240101000000_first', 'CREATE TABLE first (id bigint);');
    await expect(applyMigrations(db, { dir })).rejects.toThrow(/20240101000000_first was modified/);
  });

  it('accepts the same file with Windows line endings', async () => {
    const dir = await migrationsDir({ '20240101000000_first': 'CREATE TABLE first (id int);\nSELECT 1;\n' });
    await applyMigrations(db, { dir });
    await writeMigration(dir, '20240101000000_first', 'CREATE TABLE first (id int);\r\nSELECT 1;\r\n');
    expect(await applyMigrations(db, { dir })).toEqual({ applied: [] });
  });

  it('refuses a database that has a migration missing from the directory', async () => {
    const dir = await migrationsDir({ '20240101000000_first': 'CREATE TABLE first (id int);' });
    await applyMigrations(db, { dir });
    await rm(path.join(dir, '20240101000000_first'), { recursive: true });
    await expect(applyMigrations(db, { dir })).rejects.toThrow(/20240101000000_first is applied .* but missing/);
  });

  it('rolls back a failing migration, names it, and keeps the earlier ones', async () => {
    const dir = await migrationsDir({
      '20240101000000_first': 'CREATE TABLE first (id int);',
      '20240102000000_broken': 'CREATE TABLE half (id int);\nALTER TABLE missing ADD COLUMN x int;',
    });
    await expect(applyMigrations(db, { dir })).rejects.toThrow(/Migration 20240102000000_broken failed/);
    expect(await tableExists('first')).toBe(true);
    expect(await tableExists('half')).toBe(false);
    expect((await history()).map((row) => row.migration_name)).toEqual(['20240101000000_first']);
    expect((await migrationStatus(db, { dir })).pending).toEqual(['20240102000000_broken']);
  });

  it('refuses to continue after a migration recorded as started but never finished', async () => {
    const dir = await migrationsDir({ '20240101000000_first': 'CREATE TABLE first (id int);' });
    await applyMigrations(db, { dir });
    // What Prisma's own engine leaves behind when a migration fails halfway.
    await db.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs) VALUES ('00000000-0000-4000-8000-000000000000', $1, $2, 'boom')`,
      [sha256('x'), '20240102000000_crashed'],
    );
    await writeMigration(dir, '20240102000000_crashed', 'x');
    await expect(applyMigrations(db, { dir })).rejects.toThrow(/20240102000000_crashed failed in an earlier attempt/);
  });
});
