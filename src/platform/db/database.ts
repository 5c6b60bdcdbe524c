import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import pg from 'pg';
import { PrismaClient } from '../../generated/prisma/client.js';
import { metrics } from '../metrics.js';
import { NEXT_SEQUENCE_VALUE_SQL, registerNumberAllocator } from '../sequences.js';
import { lockDataDir } from './data-dir-lock.js';
import { pgliteDriver, postgresDriver, type SqlDriver } from './sql-driver.js';

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  /** Unscoped client: platform code only (auth, organizations, migrations). Business code uses a tenant client. */
  readonly prisma: PrismaClient;
  readonly sql: SqlDriver;
  /** Where the data lives, for log lines (never includes a password). */
  readonly location: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.poolSize ?? 10) : openPglite(options.dataDir);
}

function countStatements(prisma: PrismaClient<'query'>) {
  prisma.$on('query', () => {
    metrics.sqlStatements += 1;
  });
}

async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) fs.mkdirSync(dataDir, { recursive: true });
  const unlock = inMemory ? () => {} : lockDataDir(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(inMemory ? undefined : dataDir);
  } catch (error) {
    unlock();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), log: [{ emit: 'event', level: 'query' }] });
  countStatements(prisma);
  return {
    kind: 'pglite',
    prisma,
    sql: pgliteDriver(pglite),
    location: inMemory ? 'PGlite in memory' : `PGlite at ${dataDir}`,
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      unlock();
    },
  };
}

/** Connections of the document-number allocator: each statement holds one for well under a millisecond. */
const NUMBERING_POOL_SIZE = 2;
/** The counter's organization does not exist outside the caller's transaction (yet). */
const FOREIGN_KEY_VIOLATION = '23503';

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), log: [{ emit: 'event', level: 'query' }] });
  countStatements(prisma);
  // A pool of its own: taken from the main pool while a transaction holds a connection, the numbers
  // could wait forever for a connection that only transactions waiting for numbers hold.
  const numbering = new pg.Pool({ connectionString: url, max: NUMBERING_POOL_SIZE });
  // An idle connection that breaks (a server restart) is dropped by the pool and replaced on the next
  // query; unheard, the pool's 'error' event would end the process, as Prisma's listener prevents for the main pool.
  numbering.on('error', () => {});
  registerNumberAllocator(prisma, async (organizationId, name) => {
    metrics.sqlStatements += 1;
    try {
      const result = await numbering.query<{ value: string }>(NEXT_SEQUENCE_VALUE_SQL, [organizationId, name]);
      return Number(result.rows[0]!.value);
    } catch (error) {
      if ((error as { code?: string }).code === FOREIGN_KEY_VIOLATION) return null;
      throw error;
    }
  });
  const safe = new URL(url);
  safe.password = '';
  return {
    kind: 'postgres',
    prisma,
    sql: postgresDriver(pool),
    location: `PostgreSQL at ${safe.host}${safe.pathname}`,
    async close() {
      await prisma.$disconnect();
      await pool.end();
      await numbering.end();
    },
  };
}
