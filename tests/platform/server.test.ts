import http from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { loadConfig } from '../../src/platform/config.js';
import { openDatabase } from '../../src/platform/db/database.js';
import { applyMigrations } from '../../src/platform/db/migrate.js';
import { createOrganization } from '../../src/platform/organizations.js';
import { createLogger } from '../../src/platform/logger.js';
import { startServer } from '../../src/server.js';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';

let t: TestApp;
let org: TestOrg;

beforeAll(async () => {
  t = await createTestApp({ production: true });
  org = await t.newOrg('Server Org');
});
afterAll(() => t.close());

describe('HTTP endpoints', () => {
  it('answers the health and readiness probes', async () => {
    expect((await t.http().get('/healthz')).body).toEqual({ status: 'ok' });
    const ready = await t.http().get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ready');
  });

  it('is not ready while migrations are pending', async () => {
    const db = await openDatabase({ dataDir: 'memory://' });
    try {
      const app = createApp({
        db,
        config: { ...loadConfig({}), dataDir: 'memory://' },
        logger: createLogger('silent'),
      });
      const server = http.createServer((req, res) => void app.handle(req, res));
      const res = await (await import('supertest')).default(server).get('/readyz');
      expect(res.status).toBe(503);
      expect(res.body.pending.length).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  });

  it('serves GraphiQL with an example query to browsers', async () => {
    const res = await t.http().get('/graphql').set('accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Unison GraphiQL');
    expect(res.text).toContain('customers(first: 10');
  });

  it('exposes Prometheus counters', async () => {
    const res = await t.http().get('/metrics');
    expect(res.text).toMatch(/^unison_sql_statements_total \d+$/m);
    expect(res.text).toMatch(/^unison_http_requests_total \d+$/m);
  });

  it('returns a request id on every response, keeping a sane incoming one', async () => {
    const generated = await t.gql(org.adminKey, '{ viewer { name } }');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await t.http().get('/healthz').set('x-request-id', 'trace-123');
    expect(given.headers['x-request-id']).toBe('trace-123');
    const hostile = await t.http().get('/healthz').set('x-request-id', 'bad id\twith spaces');
    expect(hostile.headers['x-request-id']).not.toContain(' ');
  });

  it('masks unexpected errors unless debugging is asked for: HTTP 500, a request id, no SQL, no stack', async () => {
    // A private embedded database, so breaking a table cannot disturb tests sharing PostgreSQL.
    const db = await openDatabase({ dataDir: 'memory://' });
    try {
      await applyMigrations(db.sql);
      const { apiKey } = await createOrganization(db.prisma, { name: 'Broken Org' });
      await db.prisma.$executeRawUnsafe('ALTER TABLE "Contact" RENAME TO "Contact_gone"');
      const ask = async (env: NodeJS.ProcessEnv) => {
        const app = createApp({
          db,
          config: { ...loadConfig(env), dataDir: 'memory://' },
          logger: createLogger('silent'),
        });
        const server = http.createServer((req, res) => void app.handle(req, res));
        return (await import('supertest'))
          .default(server)
          .post('/graphql')
          .set('authorization', `Bearer ${apiKey.secret}`)
          .send({ query: '{ customers(first: 1) { nodes { contacts { nodes { name } } } } }' });
      };
      // Neither unset nor NODE_ENV=test shows the detail; only development or UNISON_DEBUG_ERRORS=1.
      for (const env of [{}, { NODE_ENV: 'test' }, { NODE_ENV: 'production' }]) {
        const res = await ask(env);
        expect(res.status).toBe(500);
        const error = res.body.errors?.[0];
        expect(error?.message).toBe('Internal server error');
        expect(error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: res.headers['x-request-id'] });
        expect(JSON.stringify(res.body)).not.toMatch(/Contact|prisma|select|stack/i);
      }
      for (const env of [{ NODE_ENV: 'development' }, { UNISON_DEBUG_ERRORS: '1' }]) {
        const res = await ask(env);
        expect(res.status).toBe(500);
        expect(res.body.errors?.[0].extensions?.detail).toMatch(/Contact/);
      }
    } finally {
      await db.close();
    }
  });

  it('gives bad variables BAD_USER_INPUT, not an internal error', async () => {
    const res = await t.gql(org.adminKey, 'query($n: Int) { customers(first: $n) { totalCount } }', { n: 'abc' });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/Int cannot represent/);
    const unknownField = await t.gql(
      org.adminKey,
      'mutation($input: ContactUpdateInput!) { contactUpdate(input: $input) { errors { code } } }',
      {
        input: { id: 'x', isPrimary: false },
      },
    );
    expect(unknownField.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknownField.errors?.[0].message).toMatch(/isPrimary/);
  });

  it('reads a body that arrives in pieces and answers UTF-8 with a matching content-length', async () => {
    const server = http.createServer((req, res) => void t.app.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as import('node:net').AddressInfo;
      // An invalid Int variable is echoed in the error message, so the text makes the round trip.
      const body = Buffer.from(
        JSON.stringify({
          query: 'query($n: Int) { customers(first: $n) { totalCount } }',
          variables: { n: 'Zoë 東京 ✓' },
        }),
      );
      const split = body.indexOf(Buffer.from('東')) + 1; // inside a three-byte character
      const result = await new Promise<{ status: number; headers: http.IncomingHttpHeaders; raw: Buffer }>(
        (resolve, reject) => {
          const req = http.request(
            {
              host: '127.0.0.1',
              port,
              path: '/graphql',
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                authorization: `Bearer ${org.adminKey}`,
                'content-length': body.length,
              },
            },
            (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (chunk: Buffer) => chunks.push(chunk));
              res.on('end', () =>
                resolve({ status: res.statusCode ?? 0, headers: res.headers, raw: Buffer.concat(chunks) }),
              );
            },
          );
          req.on('error', reject);
          req.write(body.subarray(0, split));
          setTimeout(() => req.end(body.subarray(split)), 50);
        },
      );
      // A variable that does not coerce is a request error: 400 under GraphQL over HTTP.
      expect(result.status).toBe(400);
      expect(Number(result.headers['content-length'])).toBe(result.raw.length);
      expect(result.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const parsed = JSON.parse(result.raw.toString('utf8'));
      expect(parsed.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(parsed.errors[0].message).toContain('Zoë 東京 ✓');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('writes one structured JSON log line per request with its request id', async () => {
    const lines: string[] = [];
    const app = createApp({
      db: t.db,
      config: { ...loadConfig({}), dataDir: 'memory://' },
      logger: createLogger('info', (line) => lines.push(line)),
    });
    const server = http.createServer((req, res) => void app.handle(req, res));
    const res = await (await import('supertest')).default(server).get('/healthz').set('x-request-id', 'log-test');
    expect(res.status).toBe(200);
    const entry = JSON.parse(lines.find((line) => line.includes('log-test')) ?? '{}');
    expect(entry).toMatchObject({
      level: 'info',
      msg: 'request',
      requestId: 'log-test',
      method: 'GET',
      path: '/healthz',
      status: 200,
    });
    expect(typeof entry.durationMs).toBe('number');
  });
});

describe('graceful shutdown', () => {
  it('finishes a request in flight, then stops accepting connections and closes the database', async () => {
    const databaseUrl = inject('testDatabaseUrl') || undefined;
    process.env.UNISON_DEMO = '0';
    const server = await startServer({
      ...loadConfig({}),
      databaseUrl,
      dataDir: 'memory://',
      port: 0,
      host: '127.0.0.1',
      logLevel: 'silent',
      autoMigrate: true,
    });
    const url = new URL('/graphql', server.url);
    const body = JSON.stringify({ query: '{ __typename }' });
    // Send half the body, start the shutdown, then send the rest: the request is in flight throughout.
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        url,
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 5));
      setTimeout(() => req.end(body.slice(5)), 300);
    });
    await new Promise((r) => setTimeout(r, 100));
    const closed = server.close();
    const result = await response;
    expect(result.status).toBe(200);
    expect(JSON.parse(result.text)).toMatchObject({ data: { __typename: 'Query' } });
    await closed;
    await expect(fetch(url, { method: 'POST', body })).rejects.toThrow();
  });
});
