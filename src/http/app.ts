import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Config } from '../platform/config.js';
import type { Database } from '../platform/db/database.js';
import { migrationStatus } from '../platform/db/migrate.js';
import { tenantClient } from '../platform/db/tenant-client.js';
import { AUTH_FAILURE_MESSAGES, authenticate } from '../platform/auth/api-keys.js';
import type { Logger } from '../platform/logger.js';
import { metrics, renderMetrics } from '../platform/metrics.js';
import { withRequestId } from '../platform/request-scope.js';
import type { GraphQLContext } from '../schema/context.js';
import { getSchema } from '../schema/index.js';
import { unauthenticated, useRequireAuthentication } from './auth.js';
import { useErrorCodes } from './error-codes.js';
import { DEFAULT_LIMITS, limitError, useQueryLimits } from './limits.js';
import { createRateLimiter } from './rate-limit.js';
import { createErrorMasker } from './mask-error.js';
import { EXAMPLE_QUERY } from './graphiql-example.js';
import { malformedGetParameter } from './get-params.js';
import { useInputRules } from './input-rules.js';

export interface App {
  yoga: YogaServerInstance<{ requestId: string }, GraphQLContext>;
  /** The node:http request handler: health probes, metrics, body limit, request id, access log, GraphQL. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Requests being served right now; shutdown waits for them. */
  inFlight(): number;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

export function createApp(options: { db: Database; config: Config; logger: Logger }): App {
  const { db, config, logger } = options;
  const rateLimiter = config.rateLimitPerMinute > 0 ? createRateLimiter(config.rateLimitPerMinute) : null;
  const yoga = createYoga<{ requestId: string }, GraphQLContext>({
    schema: getSchema(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    batching: false,
    // handle() has already read the body against config.maxBodyBytes (answering 413 itself);
    // yoga's own limit would pipe every body through a second stream for nothing.
    maxRequestBodySize: false,
    logging: false,
    // The bundled GraphiQL is served from this process, so it works offline and behind firewalls.
    renderGraphiQL,
    graphiql: {
      title: 'Unison GraphiQL',
      defaultQuery: EXAMPLE_QUERY,
      headers: JSON.stringify({ Authorization: 'Bearer ' }, null, 2),
    },
    plugins: [
      useRequireAuthentication(),
      useInputRules(DEFAULT_LIMITS),
      useQueryLimits(DEFAULT_LIMITS),
      useErrorCodes(),
    ],
    maskedErrors: {
      maskError: createErrorMasker(logger, config.debugErrors),
      isDev: config.debugErrors,
    },
    context: async ({ request, requestId }) => {
      const auth = await authenticate(db.prisma, request.headers.get('authorization'));
      if (!auth.ok && auth.reason !== 'missing') throw unauthenticated(AUTH_FAILURE_MESSAGES[auth.reason]);
      const actor = auth.ok ? { ...auth.actor, requestId } : null;
      if (actor?.keyId && rateLimiter) {
        const verdict = rateLimiter.take(actor.keyId);
        if (!verdict.ok) {
          throw new GraphQLError(
            `Rate limit of ${config.rateLimitPerMinute} requests a minute exceeded; retry in ${verdict.retryAfterSeconds} s`,
            {
              extensions: {
                code: 'RATE_LIMITED',
                retryAfterSeconds: verdict.retryAfterSeconds,
                http: { status: 429, headers: { 'retry-after': String(verdict.retryAfterSeconds) } },
              },
            },
          );
        }
      }
      return {
        requestId,
        actor,
        db: tenantClient(db.prisma, actor?.organizationId ?? '00000000-0000-0000-0000-000000000000'),
        prisma: db.prisma,
        logger,
      };
    },
  });

  let active = 0;

  async function readBody(req: IncomingMessage): Promise<Buffer<ArrayBuffer> | 'too-large' | 'aborted'> {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > config.maxBodyBytes) return 'too-large';
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > config.maxBodyBytes) return 'too-large';
        chunks.push(chunk as Buffer);
      }
    } catch (error) {
      // The client went away or Node's request timeout (serverOptions in server.ts) closed the socket.
      logger.warn('request body not received', { error: (error as Error).message });
      return 'aborted';
    }
    // The stream can also end early without an error when the socket closes.
    if (req.readableAborted || (req.complete === false && !req.readableEnded)) return 'aborted';
    return Buffer.concat(chunks);
  }

  function sendJson(res: ServerResponse, status: number, body: unknown) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  }

  async function route(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/readyz') {
      try {
        const status = await migrationStatus(db.sql);
        const ready = status.pending.length === 0;
        return sendJson(res, ready ? 200 : 503, {
          status: ready ? 'ready' : 'migrations pending',
          pending: status.pending,
        });
      } catch (error) {
        return sendJson(res, 503, {
          status: 'database unreachable',
          error: config.debugErrors ? (error as Error).message : undefined,
        });
      }
    }
    if (path === '/metrics') {
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
      res.end(renderMetrics());
      return;
    }
    if (path === '/' && req.method === 'GET') {
      res.writeHead(302, { location: '/graphql' });
      res.end();
      return;
    }
    if (req.method === 'GET') {
      const malformed = malformedGetParameter(req.url ?? '/');
      if (malformed)
        return sendJson(res, 400, {
          errors: [{ message: `The query string's ${malformed}`, extensions: { code: 'BAD_USER_INPUT' } }],
        });
    }
    let body: Buffer<ArrayBuffer> | undefined;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const read = await readBody(req);
      if (read === 'too-large') {
        const error = limitError('bodySize', `The request body is larger than ${config.maxBodyBytes} bytes`, {
          max: config.maxBodyBytes,
        });
        return sendJson(res, 413, {
          errors: [{ message: error.message, extensions: { ...error.extensions, http: undefined } }],
        });
      }
      if (read === 'aborted') return;
      body = read;
    }
    // yoga's own fetch implementation (@whatwg-node/node-fetch) takes node's header object as it is
    // and reads a Buffer body without streams; the platform's undici Request would copy both.
    const request = new yoga.fetchAPI.Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body,
    });
    const response = await yoga.handleRequest(request, { requestId });
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      responseHeaders[name] = value;
    });
    res.writeHead(response.status, responseHeaders);
    // A GraphQL result and GraphiQL are strings; text() hands the string over without a copy.
    res.end(await response.text());
  }

  return {
    yoga,
    inFlight: () => active,
    async handle(req, res) {
      const started = process.hrtime.bigint();
      const incoming = req.headers['x-request-id'];
      const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('x-request-id', requestId);
      active += 1;
      metrics.httpRequests += 1;
      try {
        await withRequestId(requestId, () => route(req, res, requestId));
      } catch (error) {
        logger.error('request failed', { requestId, error: (error as Error).message, stack: (error as Error).stack });
        if (!res.headersSent)
          sendJson(res, 500, {
            errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }],
          });
      } finally {
        active -= 1;
        logger.info('request', {
          requestId,
          method: req.method,
          path: req.url,
          status: res.statusCode,
          durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        });
      }
    },
  };
}
