import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import pg from 'pg';
import { PrismaClient } from '../../generated/prisma/client.js';
import { metrics } from '../metrics.js';
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

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), log: [{ emit: 'event', level: 'query' }] });
  countStatements(prisma);
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
    },
  };
}
