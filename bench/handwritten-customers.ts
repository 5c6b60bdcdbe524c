import type { IncomingMessage, ServerResponse } from 'node:http';
import { AUTH_FAILURE_MESSAGES, authenticate } from '../src/platform/auth/api-keys.js';
import type { Database } from '../src/platform/db/database.js';
import { metrics } from '../src/platform/metrics.js';
import { CUSTOMER_READERS } from '../src/schema/crm/crm.js';

export const HANDWRITTEN_CUSTOMERS_PATH = '/bench/handwritten-customers';

const MAX_BODY_BYTES = 10_000;

/**
 * The customers page as one statement that builds the whole GraphQL-shaped response in
 * PostgreSQL: global IDs are base64url('Customer:' || id) (PostgreSQL's base64 has padding and
 * line breaks, which translate removes), contacts keep the API's order (primary first, name, id).
 */
const CUSTOMERS_PAGE_SQL = `
SELECT json_build_object('data', json_build_object('customers', json_build_object('nodes', coalesce(json_agg(
  json_build_object(
    'id', translate(encode(convert_to('Customer:' || c.id::text, 'UTF8'), 'base64'), E'+/=\\n', '-_'),
    'code', c.code,
    'name', c.name,
    'email', c.email,
    'contacts', json_build_object('nodes', (
      SELECT coalesce(json_agg(json_build_object('name', k.name, 'email', k.email) ORDER BY k."isPrimary" DESC, k.name, k.id), '[]'::json)
      FROM (
        SELECT name, email, "isPrimary", id FROM "Contact"
        WHERE "organizationId" = c."organizationId" AND "customerId" = c.id
        ORDER BY "isPrimary" DESC, name, id
        LIMIT $3
      ) k
    ))
  ) ORDER BY c.name, c.id), '[]'::json)))) AS body
FROM (
  SELECT id, "organizationId", code, name, email FROM "Customer"
  WHERE "organizationId" = $1
  ORDER BY name, id
  LIMIT $2
) c`;

interface PageRequest {
  first: number;
  contacts: number;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function readPageRequest(req: IncomingMessage): Promise<PageRequest | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  try {
    const { first, contacts } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Partial<PageRequest>;
    const valid = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 100;
    return valid(first) && valid(contacts) ? { first, contacts } : null;
  } catch {
    return null;
  }
}

/**
 * The baseline the GraphQL page is compared with. It pays what any endpoint pays (node:http,
 * body parsing, API-key authentication with the same query, role check, JSON.stringify of the
 * rows the driver parsed) and nothing of GraphQL, Pothos or the Prisma query engine.
 */
export async function handwrittenCustomersPage(req: IncomingMessage, res: ServerResponse, db: Database): Promise<void> {
  const auth = await authenticate(db.prisma, req.headers.authorization);
  if (!auth.ok) return sendJson(res, 401, { errors: [{ message: AUTH_FAILURE_MESSAGES[auth.reason] }] });
  if (!auth.actor.roles.some((role) => role === 'ADMIN' || CUSTOMER_READERS.includes(role))) {
    return sendJson(res, 403, { errors: [{ message: 'Not allowed to read customers' }] });
  }
  const page = await readPageRequest(req);
  if (!page) return sendJson(res, 400, { errors: [{ message: 'Send {"first": 1-100, "contacts": 1-100}' }] });
  const [row] = await db.sql.query<{ body: unknown }>(CUSTOMERS_PAGE_SQL, [
    auth.actor.organizationId,
    page.first,
    page.contacts,
  ]);
  // Raw SQL bypasses Prisma's query event, which is what feeds the counter.
  metrics.sqlStatements += 1;
  sendJson(res, 200, row.body);
}
