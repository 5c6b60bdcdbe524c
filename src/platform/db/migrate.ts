import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlDriver } from './sql-driver.js';

// Applies prisma/migrations at run time, because Prisma's native migrate engine cannot be
// downloaded on every machine. The history is kept in `_prisma_migrations` exactly as Prisma keeps
// it, so `prisma migrate deploy|status` agree with this runner wherever Prisma's engine is available.

export interface MigrationOptions {
  /** Folder of `<timestamp>_<name>/migration.sql` directories; defaults to the project's prisma/migrations. */
  dir?: string;
  log?: (msg: string) => void;
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

interface MigrationFile {
  name: string;
  script: string;
}

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

// Resolved from this file rather than the cwd so the server and the CLI find it wherever they start.
const DEFAULT_DIR = fileURLToPath(new URL('../../../prisma/migrations', import.meta.url));

// Prisma's own advisory lock id: this runner and `prisma migrate deploy` also exclude each other.
const ADVISORY_LOCK_ID = 72707369;

// Prisma's definition, column for column.
const CREATE_HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

// started_at defaults to now(), the start of the migration's transaction.
const RECORD_MIGRATION = `INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count)
  VALUES ($1, $2, $3, clock_timestamp(), 1)`;

const READ_HISTORY = `SELECT migration_name, checksum, finished_at, rolled_back_at
  FROM _prisma_migrations ORDER BY started_at, migration_name`;

/**
 * Applies the pending migrations in name order, each in its own transaction together with its
 * history row. Throws, changing nothing, when the history contradicts the directory.
 */
export async function applyMigrations(
  driver: SqlDriver,
  options: MigrationOptions = {},
): Promise<{ applied: string[] }> {
  const files = await readMigrations(options.dir ?? DEFAULT_DIR);
  const log = options.log ?? (() => {});
  return driver.withConnection(async (conn) => {
    // A PGlite data directory belongs to one process, so there is nobody to lock out.
    if (conn.kind !== 'postgres') return migrate(conn, files, log);
    // A session lock, so it must be taken and released on this one connection.
    await conn.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_ID]);
    const unlock = () => conn.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_ID]);
    let result: { applied: string[] };
    try {
      result = await migrate(conn, files, log);
    } catch (error) {
      // If unlocking fails too, the connection is discarded, which releases the lock anyway.
      await unlock().catch(() => {});
      throw error;
    }
    await unlock();
    return result;
  });
}

/** What is applied and what is not, without judging the history (applyMigrations does that). */
export async function migrationStatus(driver: SqlDriver, options: MigrationOptions = {}): Promise<MigrationStatus> {
  const files = await readMigrations(options.dir ?? DEFAULT_DIR);
  const [{ present }] = await driver.query<{ present: boolean }>(
    "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present",
  );
  const rows = present ? await driver.query<HistoryRow>(READ_HISTORY) : [];
  const applied = rows.filter(isApplied).map((row) => row.migration_name);
  const done = new Set(applied);
  return { applied, pending: files.filter((file) => !done.has(file.name)).map((file) => file.name) };
}

async function migrate(conn: SqlDriver, files: MigrationFile[], log: (msg: string) => void) {
  await conn.exec(CREATE_HISTORY_TABLE);
  const pending = checkHistory(await conn.query<HistoryRow>(READ_HISTORY), files);
  const applied: string[] = [];
  for (const file of pending) {
    const started = Date.now();
    await applyOne(conn, file);
    applied.push(file.name);
    log(`Applied migration ${file.name} in ${Date.now() - started} ms`);
  }
  if (applied.length === 0) log('No pending migrations');
  return { applied };
}

async function applyOne(conn: SqlDriver, file: MigrationFile) {
  await conn.exec('BEGIN');
  try {
    await conn.exec(file.script);
    await conn.query(RECORD_MIGRATION, [randomUUID(), checksum(file.script), file.name]);
    await conn.exec('COMMIT');
  } catch (error) {
    await conn.exec('ROLLBACK').catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${file.name} failed and was rolled back: ${reason}`, { cause: error });
  }
}

/** Returns the migrations still to apply, or throws when the recorded history contradicts the files. */
function checkHistory(rows: HistoryRow[], files: MigrationFile[]): MigrationFile[] {
  const failed = rows.filter((row) => row.finished_at == null && row.rolled_back_at == null);
  if (failed.length > 0) {
    throw new Error(
      `Migration ${failed[0].migration_name} failed in an earlier attempt and is still recorded as started. ` +
        'Repair the database, then mark it rolled back (prisma migrate resolve --rolled-back) or delete its _prisma_migrations row.',
    );
  }
  const onDisk = new Map(files.map((file) => [file.name, file]));
  const applied = new Set<string>();
  for (const row of rows.filter(isApplied)) {
    const file = onDisk.get(row.migration_name);
    if (!file) {
      throw new Error(
        `Migration ${row.migration_name} is applied to the database but missing from the migrations directory.`,
      );
    }
    if (!matchesChecksum(file.script, row.checksum)) {
      throw new Error(`Migration ${row.migration_name} was modified after it was applied (checksum differs).`);
    }
    applied.add(row.migration_name);
  }
  return files.filter((file) => !applied.has(file.name));
}

function isApplied(row: HistoryRow) {
  return row.finished_at != null && row.rolled_back_at == null;
}

async function readMigrations(dir: string): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  // localeCompare, as the Prisma CLI orders them.
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name, 'migration.sql');
      const script = await readFile(file, 'utf8').catch((error: unknown) => {
        throw new Error(`Cannot read ${file}`, { cause: error });
      });
      return { name, script };
    }),
  );
}

function checksum(script: string) {
  return createHash('sha256').update(script, 'utf8').digest('hex');
}

// Like Prisma, accept the file with either line ending, since git may convert them on checkout.
function matchesChecksum(script: string, recorded: string) {
  const variants = [script, script.replaceAll('\r\n', '\n'), script.replaceAll('\n', '\r\n')];
  return variants.some((variant) => checksum(variant) === recorded);
}
