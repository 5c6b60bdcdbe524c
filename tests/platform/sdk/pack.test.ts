import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../support/app.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSC = join(ROOT, 'node_modules/.bin/tsc');

let t: TestApp;
let org: TestOrg;
let server: Server;
let url: string;
let workDir: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Consumer Org');
  for (const name of ['Alpha AG', 'Beta BV', 'Gamma GmbH']) {
    await t.gql(
      org.adminKey,
      'mutation($input: CustomerCreateInput!) { customerCreate(input: $input) { errors { code } } }',
      {
        input: { name },
      },
    );
  }
  server = createServer((req, res) => void t.app.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  workDir = await mkdtemp(join(tmpdir(), 'unison-sdk-consumer-'));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await t.close();
  await rm(workDir, { recursive: true, force: true });
});

const CONSUMER_SCRIPT = `
import { AuthenticationError, createClient } from '@unison/sdk';

const url = process.env.UNISON_URL;
const page = await createClient({ url, apiKey: process.env.UNISON_API_KEY }).customers({ first: 5 });
const denied = await createClient({ url, apiKey: 'unison_wrong', retries: 0 }).viewer().catch((error) => error);
console.log(JSON.stringify({
  totalCount: page.totalCount,
  names: page.nodes.map((customer) => customer.name),
  denied: denied instanceof AuthenticationError ? denied.code : String(denied),
}));
`;

// Each @ts-expect-error fails the compile if the package's types degrade to `any`.
const CONSUMER_TYPES = `
import { createClient, type CustomerFieldsFragment, type UnisonClient } from '@unison/sdk';

const client: UnisonClient = createClient({ url: 'http://localhost:4000/graphql', apiKey: 'unison_x' });

export async function customerNames(): Promise<string[]> {
  const page = await client.customers({ first: 5 });
  const nodes: CustomerFieldsFragment[] = page.nodes;
  // @ts-expect-error totalCount is a number
  const notANumber: string = page.totalCount;
  // @ts-expect-error customer needs an id
  await client.customer({});
  for await (const customer of client.paginate('customers', { where: { search: 'a' } })) nodes.push(customer);
  return nodes.map((customer) => customer.name);
}
`;

const CONSUMER_TSCONFIG = {
  compilerOptions: {
    strict: true,
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    types: [],
    // Checks the published .d.ts files too: they must not import anything the package lacks.
    skipLibCheck: false,
    noEmit: true,
  },
  files: ['consumer.ts'],
};

describe('the packed SDK in a fresh project', () => {
  it('installs from its tarball, calls a running server and type-checks', { timeout: 120_000 }, async () => {
    await run('npm', ['run', 'sdk:build'], { cwd: ROOT });
    const packed = await run('npm', ['pack', '--json', '--pack-destination', workDir], { cwd: join(ROOT, 'sdk') });
    const [{ filename, files }] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
    expect(
      files
        .map((file) => file.path)
        .filter((path) => !path.startsWith('dist/'))
        .sort(),
    ).toEqual(['README.md', 'package.json']);

    const project = join(workDir, 'consumer');
    await mkdir(project);
    await writeFile(
      join(project, 'package.json'),
      JSON.stringify({ name: 'sdk-consumer', private: true, type: 'module' }),
    );
    await run('npm', ['install', join(workDir, filename), '--no-audit', '--no-fund', '--offline'], { cwd: project });

    await writeFile(join(project, 'consumer.mjs'), CONSUMER_SCRIPT);
    const result = await run(process.execPath, ['consumer.mjs'], {
      cwd: project,
      env: { ...process.env, UNISON_URL: url, UNISON_API_KEY: org.adminKey },
    });
    expect(JSON.parse(result.stdout)).toEqual({
      totalCount: 3,
      names: ['Alpha AG', 'Beta BV', 'Gamma GmbH'],
      denied: 'UNAUTHENTICATED',
    });

    await writeFile(join(project, 'consumer.ts'), CONSUMER_TYPES);
    await writeFile(join(project, 'tsconfig.json'), JSON.stringify(CONSUMER_TSCONFIG));
    const diagnostics = await run(TSC, ['-p', project]).then(
      () => '',
      (error: { stdout: string }) => error.stdout,
    );
    expect(diagnostics).toBe('');
  });
});
