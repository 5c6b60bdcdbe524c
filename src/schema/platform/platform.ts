import { builder } from '../builder.js';
import { encodeGlobalId } from '../global-id.js';
import { EVERY_ROW, NO_ROW, type ReadRule } from '../read-rules.js';

export const RoleEnum = builder.enumType('Role', {
  description: 'What an API key may do. ADMIN may do everything in its organization.',
  values: {
    ADMIN: { description: 'Everything, including API keys and the audit log.' },
    SALES: { description: 'Customers, contacts, quotes and sales orders.' },
    WAREHOUSE: { description: 'Stock, warehouses and shipments.' },
    PURCHASING: { description: 'Suppliers, purchase requests, purchase orders and the supplier bills made from them.' },
    PRODUCTION: { description: 'Bills of materials, MRP and work orders.' },
    ACCOUNTING: { description: 'The ledger, invoices, bills and payments; may read customers.' },
    HR: { description: 'Departments, employees, leave and expenses.' },
    EMPLOYEE: { description: 'Self-service: own leave, expenses and approvals.' },
  } as const,
});

builder.prismaNode('Organization', {
  // An ID of another organization, or of a deleted row, resolves to null rather than an error.
  nullable: true,
  description: 'A tenant: a company using Unison. Everything you can see belongs to your organization.',
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Display name.' }),
    baseCurrency: t.expose('baseCurrency', { type: 'CurrencyCode', description: 'Currency the books are kept in.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the organization was created.' }),
  }),
});

/** ADMIN reads every key of its organization; any other key reads only itself (viewer.apiKey). */
export const API_KEY_READERS: ReadRule = {
  model: 'apiKey',
  visible: (db, ids, where) =>
    db.apiKey.findMany({ where: { AND: [{ id: { in: ids } }, where] }, select: { id: true } }),
  where: (actor) =>
    !actor ? NO_ROW : actor.roles.includes('ADMIN') ? EVERY_ROW : actor.keyId ? { id: actor.keyId } : NO_ROW,
  quick: (row, actor) => row.id === actor.keyId,
};

builder.prismaNode('ApiKey', {
  // An ID of another organization, or of a deleted row, resolves to null rather than an error.
  nullable: true,
  description:
    'An API key: the principal that calls the API. The secret itself is shown once at creation and never stored. ' +
    'Readable by ADMIN; any other key reads only itself (viewer.apiKey): every field that returns another key, and node(id:), answers null to it.',
  id: { field: 'id' },
  readRule: API_KEY_READERS,
  fields: (t) => ({
    name: t.exposeString('name', {
      description: 'Who or what uses the key, for example "Alice (sales)" or "Webshop sync".',
    }),
    prefix: t.exposeString('prefix', {
      description: 'First characters of the key, to recognise it without revealing it.',
    }),
    roles: t.expose('roles', { type: [RoleEnum], description: 'Roles granted to the key.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the key was issued.' }),
    lastUsedAt: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Last successful authentication, to the minute; null if never used.',
    }),
    revokedAt: t.expose('revokedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the key was revoked; null while it is valid.',
    }),
  }),
});

export const AuditLogEntry = builder.prismaNode('AuditLog', {
  // An ID of another organization, or of a deleted row, resolves to null rather than an error.
  nullable: true,
  variant: 'AuditLogEntry',
  description: 'One change made through the API or the command line: who, what, when, and the record before and after.',
  id: { field: 'id' },
  authScopes: { role: 'ADMIN' },
  fields: (t) => ({
    action: t.exposeString('action', { description: 'The mutation or command, for example "customerUpdate".' }),
    entityType: t.exposeString('entityType', {
      description: 'GraphQL type of the changed record, for example "Customer".',
    }),
    entityId: t.id({
      description: 'Global ID of the changed record (it may no longer exist).',
      resolve: (entry) => encodeGlobalId(entry.entityType, entry.entityId),
    }),
    actorName: t.exposeString('actorName', { description: 'Name of the API key (or "system") that made the change.' }),
    actor: t.relation('actor', {
      nullable: true,
      description:
        'The API key that made the change; null for the command line (and for a key not readable by you, see ApiKey).',
    }),
    before: t.expose('before', {
      type: 'JSON',
      nullable: true,
      description: 'The record before the change; null for creations.',
    }),
    after: t.expose('after', {
      type: 'JSON',
      nullable: true,
      description: 'The record after the change; null for deletions.',
    }),
    requestId: t.exposeString('requestId', {
      nullable: true,
      description: 'Request id of the HTTP request (also in its x-request-id header).',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the change was committed.' }),
  }),
});
