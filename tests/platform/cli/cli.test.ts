import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { main } from '../../../src/cli.js';
import { decodeGlobalId } from '../../../src/schema/global-id.js';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../../../bin/unison.js', import.meta.url));
const dataRoot = mkdtempSync(path.join(tmpdir(), 'unison-cli-'));
const databaseUrl = inject('testDatabaseUrl');

afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

const env = { UNISON_DATA_DIR: path.join(dataRoot, 'data'), DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' };

/** Runs the command line in this process (fast); `unisonProcess` runs the real bin entry. */
async function unison(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  try {
    const code = await main(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    process.env = saved;
  }
}

async function unisonProcess(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('unison command line', () => {
  it('runs as the installed bin: help, and JSON output a script can parse', async () => {
    const help = await unisonProcess('apikey', 'create', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: unison apikey create --org ID --role ROLE/);
    const org = await unisonProcess('org', 'create', '--name', 'Bin Org', '--json');
    expect(org.code).toBe(0);
    expect(JSON.parse(org.stdout).apiKey).toMatch(/^unison_/);
  });

  it('prints help for every subcommand', async () => {
    const top = await unison('--help');
    expect(top.code).toBe(0);
    for (const command of [
      'serve',
      'migrate',
      'seed --demo',
      'org create',
      'org list',
      'apikey create',
      'apikey list',
      'apikey revoke',
    ]) {
      expect(top.stdout).toContain(`unison ${command}`);
    }
    for (const command of [
      ['serve'],
      ['migrate'],
      ['seed'],
      ['org', 'create'],
      ['apikey', 'create'],
      ['apikey', 'revoke'],
    ]) {
      const res = await unison(...command, '--help');
      expect(res.code, command.join(' ')).toBe(0);
      expect(res.stdout).toMatch(new RegExp(`^Usage: unison ${command.join(' ')}`));
    }
  });

  it('creates an organization, issues and revokes keys, as JSON for scripts', async () => {
    const migrated = await unison('migrate');
    expect(migrated.code).toBe(0);
    const org = await unison('org', 'create', '--name', 'CLI Org', '--currency', 'chf', '--json');
    expect(org.code).toBe(0);
    const created = JSON.parse(org.stdout);
    // The IDs the API uses: a global ID that decodes to the organization's UUID.
    const organizationUuid = Buffer.from(created.organizationId, 'base64url')
      .toString('utf8')
      .replace(/^Organization:/, '');
    expect(organizationUuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.apiKey).toMatch(/^unison_/);
    // Usable at once: the current calendar year is open for posting.
    const year = String(new Date().getUTCFullYear());
    const [fiscalYear] = await import('../../../src/platform/db/database.js').then(async ({ openDatabase }) => {
      const db = await openDatabase({ databaseUrl: databaseUrl || undefined, dataDir: env.UNISON_DATA_DIR });
      try {
        return await db.prisma.fiscalYear.findMany({
          where: { organizationId: organizationUuid },
          include: { periods: true },
        });
      } finally {
        await db.close();
      }
    });
    expect(fiscalYear).toMatchObject({ name: year });
    expect(fiscalYear.periods).toHaveLength(12);

    const key = await unison(
      'apikey',
      'create',
      '--org',
      created.organizationId,
      '--role',
      'SALES,ACCOUNTING',
      '--name',
      'Sync job',
      '--json',
    );
    expect(key.code).toBe(0);
    const issued = JSON.parse(key.stdout);
    expect(issued).toMatchObject({
      organizationId: created.organizationId,
      roles: ['SALES', 'ACCOUNTING'],
      name: 'Sync job',
    });

    const listed = JSON.parse((await unison('apikey', 'list', '--org', created.organizationId, '--json')).stdout);
    expect(listed.map((k: { name: string }) => k.name)).toEqual(['Administrator', 'Sync job']);
    expect(JSON.parse((await unison('org', 'list', '--json')).stdout).map((o: { name: string }) => o.name)).toContain(
      'CLI Org',
    );
    expect(JSON.stringify(listed)).not.toContain(issued.apiKey);
    expect(listed.map((k: { id: string }) => k.id)).toContain(issued.apiKeyId);
    // The API's own global IDs (the schema's encoder); the raw UUID inside is accepted too.
    expect(decodeGlobalId(listed[0].id)).toMatchObject({ typename: 'ApiKey' });
    expect(decodeGlobalId(issued.apiKeyId)).toMatchObject({ typename: 'ApiKey' });
    expect(decodeGlobalId(created.organizationId)).toEqual({ typename: 'Organization', id: organizationUuid });
    const rawOrg = await unison('apikey', 'list', '--org', organizationUuid, '--json');
    expect(JSON.parse(rawOrg.stdout)).toHaveLength(2);

    const revoked = await unison('apikey', 'revoke', '--org', created.organizationId, '--id', issued.apiKeyId);
    expect(revoked.code).toBe(0);
    const again = await unison('apikey', 'revoke', '--org', created.organizationId, '--id', issued.apiKeyId);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already revoked/);
  });

  it('explains bad arguments and exits with 2', async () => {
    const noName = await unison('org', 'create');
    expect(noName.code).toBe(2);
    expect(noName.stderr).toMatch(/--name is required/);
    const badRole = await unison(
      'apikey',
      'create',
      '--org',
      '00000000-0000-0000-0000-000000000000',
      '--role',
      'WIZARD',
    );
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toMatch(/Unknown role WIZARD/);
    const unknown = await unison('frobnicate');
    expect(unknown.code).toBe(2);
  });

  it('seeds a demo organization', async () => {
    const res = await unison('seed', '--demo', '--json');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).apiKey).toMatch(/^unison_/);
    expect(res.stderr).toMatch(
      /Demo organization created with 40 customers, \d+ contacts, 40 invoices, 12 bills, 30 payments, 8 stocked products, 5 quotes and 2 sales orders/,
    );
    expect(res.stderr).toMatch(/; 18 employees in 5 departments, 4 approval policies\.$/m);
  });

  it('rolls a demo seed back completely when interrupted with Ctrl-C', async () => {
    // Other test files create organizations in the same database meanwhile; count only demo ones.
    const demoOrganizations = async () =>
      JSON.parse((await unison('org', 'list', '--json')).stdout).filter(
        (o: { name: string }) => o.name === 'Demo Company Ltd',
      ).length;
    const before = await demoOrganizations();
    const child = spawn(process.execPath, [bin, 'seed', '--demo'], { env: { ...process.env, ...env } });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk) => {
        stderr += String(chunk);
        if (/Seeding demo data: [1-9]/.test(stderr)) resolve();
      });
    });
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/Interrupted: nothing was written/);
    expect(await demoOrganizations()).toBe(before);
  });
});

describe.skipIf(Boolean(databaseUrl))('the command line beside a running server (embedded database)', () => {
  it('runs its commands inside the server that holds the database, and the server answers with what they made', async () => {
    const served = {
      ...process.env,
      ...env,
      UNISON_DATA_DIR: path.join(dataRoot, 'served'),
      PORT: '0',
      HOST: '127.0.0.1',
      UNISON_DEMO: '0',
      LOG_LEVEL: 'info',
    };
    const server = spawn(process.execPath, [bin, 'serve'], { env: served, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let log = '';
        server.stdout.on('data', (chunk: Buffer) => {
          log += chunk.toString();
          const listening = /"url":"([^"]+)"/.exec(log);
          if (listening) resolve(listening[1]);
        });
        server.once('exit', (code) => reject(new Error(`server exited with ${code}: ${log}`)));
      });
      const beside = async (...args: string[]) => {
        try {
          const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: served, timeout: 60_000 });
          return { code: 0, stdout, stderr };
        } catch (error) {
          return error as { code: number; stdout: string; stderr: string };
        }
      };
      const created = await beside('org', 'create', '--name', 'Beside The Server', '--json');
      expect(created.stderr).not.toMatch(/in use by process/);
      expect(created.code).toBe(0);
      const { organizationId, apiKey } = JSON.parse(created.stdout);
      const viewer = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({ query: '{ viewer { organization { id name } } }' }),
      }).then((res) => res.json());
      expect(viewer.data.viewer.organization).toEqual({ id: organizationId, name: 'Beside The Server' });
      // The README's "Lost the key?" hint, while the server runs.
      const key = await beside('apikey', 'create', '--org', organizationId, '--role', 'ADMIN', '--json');
      expect(key.code).toBe(0);
      const refused = await beside('apikey', 'create', '--org', organizationId);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/--role/);
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
  });
});
