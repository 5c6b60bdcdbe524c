import { API_KEY_ERROR_CODES, createApiKeyCommand, revokeApiKeyCommand } from '../../platform/api-key-commands.js';
import { builder } from '../../schema/builder.js';
import { idFor } from '../../schema/ids.js';
import { payloadType, domainErrorType, IDEMPOTENCY_DESCRIPTION } from '../../schema/payloads.js';
import { RoleEnum } from '../../schema/platform/platform.js';
import { runMutation } from '../run-mutation.js';

const ApiKeyError = domainErrorType('ApiKey', API_KEY_ERROR_CODES);
const ADMIN = { role: 'ADMIN' } as const;

const ApiKeyCreateInput = builder.inputType('ApiKeyCreateInput', {
  description:
    'A new API key. There is no idempotencyKey: the secret is never stored, so a repeated call could not return it.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Who or what will use the key, at most 100 characters.' }),
    roles: t.field({ type: [RoleEnum], required: true, description: 'Roles granted to the key (at least one).' }),
  }),
});

const ApiKeyRevokeInput = builder.inputType('ApiKeyRevokeInput', {
  description: 'The API key to revoke.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'ID of the key.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

const ApiKeyCreatePayload = payloadType<{ apiKeyId: string; secret: string }>('ApiKeyCreatePayload', {
  description: 'Result of apiKeyCreate.',
  errorType: ApiKeyError,
  fields: (t) => ({
    apiKey: t.prismaField({
      type: 'ApiKey',
      nullable: true,
      description: 'The new key; null when there are errors.',
      resolve: (query, payload, _args, ctx) =>
        payload.ids ? ctx.db.apiKey.findUnique({ ...query, where: { id: payload.ids.apiKeyId } }) : null,
    }),
    secret: t.string({
      nullable: true,
      description:
        'The key itself, to send as "Authorization: Bearer <secret>". Returned only here, once; store it safely.',
      resolve: (payload) => payload.ids?.secret ?? null,
    }),
  }),
});

const ApiKeyRevokePayload = payloadType<{ apiKeyId: string }>('ApiKeyRevokePayload', {
  description: 'Result of apiKeyRevoke.',
  errorType: ApiKeyError,
  fields: (t) => ({
    apiKey: t.prismaField({
      type: 'ApiKey',
      nullable: true,
      description: 'The revoked key; null when there are errors.',
      resolve: (query, payload, _args, ctx) =>
        payload.ids ? ctx.db.apiKey.findUnique({ ...query, where: { id: payload.ids.apiKeyId } }) : null,
    }),
  }),
});

builder.queryFields((t) => ({
  apiKeys: t.prismaConnection(
    {
      type: 'ApiKey',
      cursor: 'id',
      description:
        'API keys of your organization, oldest first, revoked ones included. Never the secrets. Needs role ADMIN.',
      authScopes: ADMIN,
      args: {
        includeRevoked: t.arg.boolean({ defaultValue: true, description: 'Include revoked keys (default true).' }),
      },
      totalCount: (_connection, args, ctx) =>
        ctx.db.apiKey.count({ where: args.includeRevoked ? {} : { revokedAt: null } }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.apiKey.findMany({
          ...query,
          where: args.includeRevoked ? {} : { revokedAt: null },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'ApiKeyConnection', description: 'A page of API keys.' },
    { name: 'ApiKeyEdge', description: 'An API key in a page, with its cursor.' },
  ),
}));

builder.mutationFields((t) => ({
  apiKeyCreate: t.field({
    type: ApiKeyCreatePayload,
    description:
      'Issues an API key; its secret is returned once. Takes no idempotencyKey: the secret is never stored, so a repeat could not return it (after a lost answer, find the key in apiKeys and revoke it). Emits apiKey.created. Needs role ADMIN.',
    authScopes: ADMIN,
    args: { input: t.arg({ type: ApiKeyCreateInput, required: true, description: 'Name and roles.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'apiKeyCreate', input, (tx, actor) => createApiKeyCommand(tx, actor, input)),
  }),
  apiKeyRevoke: t.field({
    type: ApiKeyRevokePayload,
    description:
      'Revokes an API key at once: requests with it get HTTP 401 from then on. The last active ADMIN key cannot be revoked. Emits apiKey.revoked. Needs role ADMIN.',
    authScopes: ADMIN,
    args: { input: t.arg({ type: ApiKeyRevokeInput, required: true, description: 'The key.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'apiKeyRevoke', input, (tx, actor) =>
        revokeApiKeyCommand(tx, actor, { id: idFor('ApiKey', input.id, 'id') }),
      ),
  }),
}));
