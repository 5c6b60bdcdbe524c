import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './http/app.js';
import { adminSocketPath, listenForCommands } from './platform/admin-socket.js';
import { loadConfig, type Config } from './platform/config.js';
import { openDatabase, type Database } from './platform/db/database.js';
import { applyMigrations, migrationStatus } from './platform/db/migrate.js';
import { createLogger, type Logger } from './platform/logger.js';
import { createDemoOrganization } from './seed/create-demo.js';
import { escalateOverdueEverywhere } from './domain/approvals/index.js';
import { startPeriodic, type PeriodicTask } from './platform/periodic.js';

const SHUTDOWN_GRACE_MS = 10_000;

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

async function prepareDatabase(db: Database, config: Config, logger: Logger): Promise<void> {
  if (config.autoMigrate) {
    const { applied } = await applyMigrations(db.sql, { log: (msg) => logger.info(msg) });
    if (applied.length > 0) logger.info('migrations applied', { applied });
    return;
  }
  const { pending } = await migrationStatus(db.sql);
  if (pending.length > 0) {
    throw new Error(
      `The database has ${pending.length} pending migration(s). Run "unison migrate" or set UNISON_AUTO_MIGRATE=1.`,
    );
  }
}

/** On the first start of an embedded database there is nobody to log in as: create the demo organization. */
async function greet(db: Database, config: Config, url: string): Promise<void> {
  const say = (line = '') => process.stdout.write(`${line}\n`);
  const organizations = await db.prisma.organization.count();
  if (organizations === 0 && !config.databaseUrl && process.env.UNISON_DEMO !== '0') {
    const demo = await createDemoOrganization(db.prisma);
    say();
    say(`  Unison is running: open ${url}/graphql`);
    say();
    say(`  Admin API key of the demo organization (shown only this once, save it now):`);
    say(`    ${demo.apiKey.secret}`);
    say(`  In GraphiQL, put it in the Headers tab: { "Authorization": "Bearer ${demo.apiKey.secret}" }`);
    say();
    return;
  }
  say();
  say(`  Unison is running: open ${url}/graphql`);
  if (organizations === 0) {
    say('  No organization yet. Create one and its first admin key with: npx unison org create --name "Acme"');
  } else {
    say('  Need a key? npx unison org list, then: npx unison apikey create --org <organization id> --role ADMIN');
  }
  say();
}

/**
 * Node's own request timeout, so a client that stops sending halfway holds its socket for seconds,
 * not minutes (Node's defaults are 5 minutes for the request and 30 s between checks).
 */
export function serverOptions(config: Pick<Config, 'requestTimeoutSeconds'>): http.ServerOptions {
  const requestTimeout = Math.round(config.requestTimeoutSeconds * 1000);
  return {
    requestTimeout,
    headersTimeout: Math.min(requestTimeout, 10_000),
    connectionsCheckingInterval: Math.min(1_000, Math.max(requestTimeout, 100)),
  };
}

/**
 * The embedded database is this process's alone, so `unison org create` and the other commands run
 * here while the server does: the command line finds the socket next to the data directory.
 */
async function listenForCliCommands(db: Database, config: Config, logger: Logger): Promise<() => Promise<void>> {
  if (config.databaseUrl || config.dataDir.startsWith('memory://')) return async () => {};
  const { runInServer } = await import('./cli.js');
  const path = adminSocketPath(config.dataDir);
  try {
    return await listenForCommands(path, async (argv) => {
      const result = await runInServer(db, argv);
      logger.info('command line', { command: argv.slice(0, 2).join(' '), code: result.code });
      return result;
    });
  } catch (error) {
    logger.warn('command line socket not available; CLI commands need the server stopped', {
      path,
      error: (error as Error).message,
    });
    return async () => {};
  }
}

export async function startServer(config: Config = loadConfig()): Promise<RunningServer> {
  const logger = createLogger(config.logLevel);
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await prepareDatabase(db, config, logger);
  } catch (error) {
    await db.close();
    throw error;
  }
  const closeCommands = await listenForCliCommands(db, config, logger);
  const app = createApp({ db, config, logger });
  const server = http.createServer(serverOptions(config), (req, res) => void app.handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  logger.info('server listening', { url, database: db.location });
  try {
    await greet(db, config, url);
  } catch (error) {
    // An interrupted demo seed rolled back; close cleanly so the next start finds the database unlocked.
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await closeCommands();
    await db.close();
    throw error;
  }

  // Approval steps past their SLA go to their escalation target without anyone asking.
  let escalation: PeriodicTask | undefined;
  if (config.escalationIntervalSeconds > 0) {
    escalation = startPeriodic(
      async () => {
        const { escalated } = await escalateOverdueEverywhere(db.prisma);
        if (escalated > 0) logger.info('approval steps escalated', { escalated });
      },
      config.escalationIntervalSeconds * 1000,
      (error) => logger.error('approval escalation failed', { error: String(error) }),
    );
  }

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      logger.info('shutting down', { inFlight: app.inFlight() });
      await escalation?.stop();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = Date.now() + SHUTDOWN_GRACE_MS;
      while (app.inFlight() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      server.closeAllConnections();
      await stopped;
      await closeCommands();
      await db.close();
      logger.info('stopped');
    })();
    return closing;
  };
  return { url, close };
}
