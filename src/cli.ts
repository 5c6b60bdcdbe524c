import { AsyncLocalStorage } from 'node:async_hooks';
import { parseArgs } from 'node:util';
import { Role } from './generated/prisma/enums.js';
import { loadConfig } from './platform/config.js';
import type { CommandResult } from './platform/admin-socket.js';
import type { Database } from './platform/db/database.js';
import { InterruptedError } from './platform/progress.js';
import { decodeGlobalId, encodeGlobalId } from './schema/global-id.js';
import { isUuid } from './platform/ids.js';

// Heavy modules (Prisma, PGlite, the schema) load only when a command runs, so --help is instant.
const database = () => import('./platform/db/database.js');
const migrations = () => import('./platform/db/migrate.js');
// Domains register their organization initializers on import; load them before creating any organization.
const domains = () => import('./domains.js');
const organizations = async () => {
  await domains();
  return import('./platform/organizations.js');
};

interface Command {
  usage: string;
  summary: string;
  options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;
  run(values: Record<string, string | boolean | string[] | undefined>): Promise<void>;
}

/** Where a command's output goes and which database it uses: this process's, or the server's (admin socket). */
interface Session {
  stdout: string[];
  stderr: string[];
  db: Database;
}
const session = new AsyncLocalStorage<Session>();

const out = (line = ''): void => {
  const current = session.getStore();
  if (current) current.stdout.push(`${line}\n`);
  else process.stdout.write(`${line}\n`);
};
const err = (text: string): void => {
  const current = session.getStore();
  if (current) current.stderr.push(text);
  else process.stderr.write(text);
};
const ROLES = Object.values(Role);

class UsageError extends Error {}

async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const shared = session.getStore()?.db;
  if (shared) return work(shared);
  const config = loadConfig();
  const { openDatabase } = await database();
  const { applyMigrations, migrationStatus } = await migrations();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  try {
    const { pending } = await migrationStatus(db.sql);
    if (pending.length > 0) await applyMigrations(db.sql, { log: (msg) => err(`${msg}\n`) });
    return await work(db);
  } finally {
    await db.close();
  }
}

// The command line shows the IDs the API takes (global IDs), so its output can be pasted into a query.
const orgId = (id: string) => encodeGlobalId('Organization', id);
const keyId = (id: string) => encodeGlobalId('ApiKey', id);

/** Accepts the GraphQL global ID of the given type, or the raw UUID inside it. */
function rawId(value: string, typename: string, option: string): string {
  if (isUuid(value)) return value;
  try {
    const decoded = decodeGlobalId(value);
    if (decoded.typename === typename) return decoded.id;
  } catch {
    // reported below
  }
  throw new UsageError(`${option} must be a ${typename} id (a UUID or its GraphQL ID), got "${value}"`);
}

function parseRoles(values: string[] | undefined): Role[] {
  const roles = (values ?? [])
    .flatMap((value) => value.split(','))
    .map((role) => role.trim().toUpperCase())
    .filter(Boolean);
  if (roles.length === 0) throw new UsageError(`--role is required (one or more of ${ROLES.join(', ')})`);
  const unknown = roles.filter((role) => !ROLES.includes(role as Role));
  if (unknown.length > 0) throw new UsageError(`Unknown role ${unknown.join(', ')}; roles are ${ROLES.join(', ')}`);
  return [...new Set(roles)] as Role[];
}

const commands: Record<string, Command> = {
  serve: {
    usage: 'unison serve',
    summary:
      'Start the GraphQL server (settings from the environment: PORT, HOST, DATABASE_URL, UNISON_DATA_DIR, LOG_LEVEL, ...).',
    options: {},
    async run() {
      const { startServer } = await import('./server.js');
      const server = await startServer();
      const stop = async (signal: string) => {
        process.stderr.write(`Received ${signal}, finishing in-flight requests...\n`);
        await server.close();
        process.exit(0);
      };
      process.once('SIGTERM', () => void stop('SIGTERM'));
      process.once('SIGINT', () => void stop('SIGINT'));
    },
  },
  migrate: {
    usage: 'unison migrate [--status]',
    summary: 'Apply pending database migrations (or, with --status, only list them).',
    options: { status: { type: 'boolean' } },
    async run(values) {
      const config = loadConfig();
      const { openDatabase } = await database();
      const { applyMigrations, migrationStatus } = await migrations();
      const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
      try {
        if (values.status) {
          const status = await migrationStatus(db.sql);
          out(`${db.location}: ${status.applied.length} applied, ${status.pending.length} pending`);
          for (const name of status.pending) out(`  pending: ${name}`);
          return;
        }
        const { applied } = await applyMigrations(db.sql, { log: (msg) => err(`${msg}\n`) });
        out(
          applied.length > 0
            ? `Applied ${applied.length} migration(s) to ${db.location}.`
            : `${db.location} is up to date.`,
        );
      } finally {
        await db.close();
      }
    },
  },
  seed: {
    usage: 'unison seed --demo [--json]',
    summary:
      'Create a demo organization (customers and contacts, invoices and payments, suppliers, stock, tax rates, a price list, quotes, confirmed sales orders (one partly shipped, with a return), employees and departments, holidays, approval policies, and leave, expense and purchase requests in every approval state) and print its admin API key.',
    options: { demo: { type: 'boolean' }, json: { type: 'boolean' } },
    async run(values) {
      if (!values.demo) throw new UsageError('Only demo data can be seeded: pass --demo');
      await domains();
      const { createDemoOrganization } = await import('./seed/create-demo.js');
      const demo = await withDatabase((db) => createDemoOrganization(db.prisma));
      if (values.json)
        return out(JSON.stringify({ organizationId: orgId(demo.organizationId), apiKey: demo.apiKey.secret }));
      out(`Organization ${orgId(demo.organizationId)}`);
      out(`Admin API key (shown once): ${demo.apiKey.secret}`);
    },
  },
  'org create': {
    usage: 'unison org create --name NAME [--currency EUR] [--json]',
    summary: 'Create an organization and its first ADMIN API key.',
    options: { name: { type: 'string' }, currency: { type: 'string' }, json: { type: 'boolean' } },
    async run(values) {
      if (typeof values.name !== 'string' || !values.name.trim()) throw new UsageError('--name is required');
      const { createOrganization } = await organizations();
      const created = await withDatabase((db) =>
        createOrganization(db.prisma, {
          name: values.name as string,
          baseCurrency: values.currency as string | undefined,
        }),
      );
      if (values.json)
        return out(JSON.stringify({ organizationId: orgId(created.organizationId), apiKey: created.apiKey.secret }));
      out(`Organization ${orgId(created.organizationId)}`);
      out(`Admin API key (shown once): ${created.apiKey.secret}`);
    },
  },
  'org list': {
    usage: 'unison org list [--json]',
    summary: 'List organizations with their ids.',
    options: { json: { type: 'boolean' } },
    async run(values) {
      const organizations = await withDatabase((db) =>
        db.prisma.organization.findMany({ orderBy: { createdAt: 'asc' } }),
      );
      if (values.json)
        return out(
          JSON.stringify(organizations.map(({ id, name, baseCurrency }) => ({ id: orgId(id), name, baseCurrency }))),
        );
      for (const org of organizations) out(`${orgId(org.id)}  ${org.baseCurrency}  ${org.name}`);
      if (organizations.length === 0) out('No organizations yet: unison org create --name NAME');
    },
  },
  'apikey create': {
    usage: 'unison apikey create --org ID --role ROLE [--role ROLE ...] [--name NAME] [--json]',
    summary: `Issue an API key for an organization. Roles: ${ROLES.join(', ')} (repeat --role or separate with commas).`,
    options: {
      org: { type: 'string' },
      role: { type: 'string', multiple: true },
      name: { type: 'string' },
      json: { type: 'boolean' },
    },
    async run(values) {
      if (typeof values.org !== 'string') throw new UsageError('--org is required');
      const organizationId = rawId(values.org, 'Organization', '--org');
      const roles = parseRoles(values.role as string[] | undefined);
      const name =
        typeof values.name === 'string' && values.name.trim() ? values.name.trim() : `${roles.join('+')} key`;
      const { createApiKey } = await organizations();
      const key = await withDatabase((db) => createApiKey(db.prisma, { organizationId, name, roles }));
      if (values.json)
        return out(
          JSON.stringify({
            organizationId: orgId(organizationId),
            apiKeyId: keyId(key.id),
            apiKey: key.secret,
            roles,
            name,
          }),
        );
      out(`API key ${keyId(key.id)} (${name}, ${roles.join(', ')})`);
      out(`Key (shown once): ${key.secret}`);
    },
  },
  'apikey list': {
    usage: 'unison apikey list --org ID [--json]',
    summary: 'List the API keys of an organization (never the secrets).',
    options: { org: { type: 'string' }, json: { type: 'boolean' } },
    async run(values) {
      if (typeof values.org !== 'string') throw new UsageError('--org is required');
      const organizationId = rawId(values.org, 'Organization', '--org');
      const keys = await withDatabase((db) =>
        db.prisma.apiKey.findMany({ where: { organizationId }, orderBy: { createdAt: 'asc' } }),
      );
      const rows = keys.map(({ id, name, prefix, roles, lastUsedAt, revokedAt }) => ({
        id: keyId(id),
        name,
        prefix,
        roles,
        lastUsedAt,
        revokedAt,
      }));
      if (values.json) return out(JSON.stringify(rows));
      for (const key of rows) {
        out(`${key.id}  ${key.prefix}…  ${key.roles.join(',')}  ${key.name}${key.revokedAt ? '  (revoked)' : ''}`);
      }
    },
  },
  'apikey revoke': {
    usage: 'unison apikey revoke --org ID --id KEY_ID',
    summary: 'Revoke an API key at once; requests with it get 401 from then on.',
    options: { org: { type: 'string' }, id: { type: 'string' } },
    async run(values) {
      if (typeof values.org !== 'string') throw new UsageError('--org is required');
      if (typeof values.id !== 'string') throw new UsageError('--id is required (see unison apikey list)');
      const organizationId = rawId(values.org, 'Organization', '--org');
      const apiKeyId = rawId(values.id, 'ApiKey', '--id');
      const { revokeApiKey } = await organizations();
      const { DomainError } = await import('./platform/errors.js');
      try {
        await withDatabase((db) => revokeApiKey(db.prisma, { organizationId, keyId: apiKeyId }));
      } catch (error) {
        if (error instanceof DomainError)
          throw new UsageError(`${error.message} (API key ${keyId(apiKeyId)}, organization ${orgId(organizationId)})`);
        throw error;
      }
      out(`Revoked API key ${keyId(apiKeyId)}.`);
    },
  },
};

function help(): string {
  const lines = ['Usage: unison <command> [options]', '', 'Commands:'];
  for (const command of Object.values(commands)) lines.push(`  ${command.usage}`, `      ${command.summary}`);
  lines.push('', 'Run "unison <command> --help" for one command.');
  return lines.join('\n');
}

/** With the embedded database held by `unison serve`, the command runs inside that server. */
async function inRunningServer(argv: string[]): Promise<CommandResult | null> {
  const config = loadConfig();
  if (config.databaseUrl || config.dataDir.startsWith('memory://')) return null;
  const { adminSocketPath, sendCommand } = await import('./platform/admin-socket.js');
  return sendCommand(adminSocketPath(config.dataDir), argv);
}

/** Runs a command for the admin socket, on the server's own database; `serve` is refused. */
export async function runInServer(db: Database, argv: string[]): Promise<CommandResult> {
  if (argv[0] === 'serve') return { code: 2, stdout: '', stderr: 'The server is already running.\n' };
  const current: Session = { stdout: [], stderr: [], db };
  const code = await session.run(current, () => main(argv));
  return { code, stdout: current.stdout.join(''), stderr: current.stderr.join('') };
}

export async function main(argv: string[]): Promise<number> {
  const name = argv[1] && commands[`${argv[0]} ${argv[1]}`] ? `${argv[0]} ${argv[1]}` : argv[0];
  const command = name ? commands[name] : undefined;
  if (!command) {
    if (name && !['--help', '-h', 'help'].includes(name)) err(`Unknown command "${argv.join(' ')}"\n\n`);
    out(help());
    return name && !['--help', '-h', 'help'].includes(name) ? 2 : 0;
  }
  const rest = argv.slice(name.split(' ').length);
  try {
    const { values } = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      strict: true,
    });
    if (values.help) {
      out(`Usage: ${command.usage}\n\n${command.summary}`);
      return 0;
    }
    if (name !== 'serve' && !session.getStore()) {
      const forwarded = await inRunningServer(argv);
      if (forwarded) {
        process.stdout.write(forwarded.stdout);
        process.stderr.write(forwarded.stderr);
        return forwarded.code;
      }
    }
    await command.run(values as Record<string, string | boolean | string[] | undefined>);
    return 0;
  } catch (error) {
    if (error instanceof InterruptedError) {
      err('Interrupted: nothing was written.\n');
      return 130;
    }
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    err(`${(error as Error).message}\n`);
    if (usage) err(`Usage: ${command.usage}\n`);
    return usage ? 2 : 1;
  }
}
