import type { Role } from '../../src/generated/prisma/enums.js';
import { inject } from 'vitest';
import request from 'supertest';
import { createApp, type App } from '../../src/http/app.js';
import { loadConfig, type Config } from '../../src/platform/config.js';
import { openDatabase, type Database } from '../../src/platform/db/database.js';
import { applyMigrations } from '../../src/platform/db/migrate.js';
import { createLogger } from '../../src/platform/logger.js';
import { metrics } from '../../src/platform/metrics.js';
import { createApiKey, createOrganization } from '../../src/platform/organizations.js';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Record<string, string>;
  data: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

export interface TestOrg {
  organizationId: string;
  adminKey: string;
  /** A new key of this organization with the given roles. */
  key(...roles: Role[]): Promise<string>;
}

export interface TestApp {
  app: App;
  db: Database;
  /** Raw supertest access to the HTTP handler. */
  http(): request.Agent;
  gql<T = Record<string, any>>(
    key: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  newOrg(name?: string): Promise<TestOrg>;
  /** SQL statements the database received while `work` ran. */
  countStatements(work: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

let shared: Promise<Database> | undefined;

/**
 * One database per test worker, shared by the files it runs (vitest runs them with isolate: false):
 * booting and migrating PGlite costs seconds, and tests keep apart by using their own organizations.
 */
function sharedDatabase(databaseUrl: string | undefined): Promise<Database> {
  shared ??= (async () => {
    const db = await openDatabase({ databaseUrl, dataDir: 'memory://', poolSize: 20 });
    if (!databaseUrl) await applyMigrations(db.sql);
    return db;
  })();
  return shared;
}

/** The real HTTP stack on the test database: PGlite in memory, or this run's PostgreSQL database. */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const databaseUrl = inject('testDatabaseUrl') || undefined;
  const db = await sharedDatabase(databaseUrl);
  const config: Config = { ...loadConfig({}), databaseUrl, dataDir: 'memory://', logLevel: 'silent', ...overrides };
  const app = createApp({ db, config, logger: createLogger((process.env.TEST_LOG_LEVEL as never) ?? 'silent') });
  const handler = (req: Parameters<App['handle']>[0], res: Parameters<App['handle']>[1]) => void app.handle(req, res);
  const http = () => request.agent(handler);

  return {
    app,
    db,
    http,
    async gql(key, query, variables) {
      let call = http().post('/graphql').set('content-type', 'application/json');
      if (key) call = call.set('authorization', `Bearer ${key}`);
      const response = await call.send({ query, variables });
      return {
        status: response.status,
        headers: response.headers as Record<string, string>,
        data: response.body.data,
        errors: response.body.errors,
        extensions: response.body.extensions,
      };
    },
    async newOrg(name = 'Test Org') {
      // Tests open the fiscal years they post in, so their dates do not depend on today's.
      const created = await createOrganization(db.prisma, { name, baseCurrency: 'EUR', openFiscalYear: false });
      return {
        organizationId: created.organizationId,
        adminKey: created.apiKey.secret,
        key: async (...roles: Role[]) =>
          (
            await createApiKey(db.prisma, {
              organizationId: created.organizationId,
              name: `${roles.join('+')} key`,
              roles,
            })
          ).secret,
      };
    },
    async countStatements(work) {
      const before = metrics.sqlStatements;
      await work();
      return metrics.sqlStatements - before;
    },
    // The database outlives the file: the next file in this worker uses it too.
    close: async () => {},
  };
}
