import { builder } from '../../schema/builder.js';
import { requireActor } from '../../schema/context.js';
import { DateTimeFilter, StringFilter, combineWhere, rangeWhere, stringWhere } from '../../schema/filters.js';
import { decodeGlobalId } from '../../schema/global-id.js';
import { AuditLogEntry, RoleEnum } from '../../schema/platform/platform.js';

interface ViewerShape {
  organizationId: string;
  keyId: string | null;
}

const Viewer = builder.objectRef<ViewerShape>('Viewer').implement({
  description: 'The caller: the API key that authenticated this request and its organization.',
  fields: (t) => ({
    organization: t.prismaField({
      type: 'Organization',
      description: 'The organization the key belongs to.',
      resolve: (query, viewer, _args, ctx) =>
        ctx.prisma.organization.findUniqueOrThrow({ ...query, where: { id: viewer.organizationId } }),
    }),
    apiKey: t.prismaField({
      type: 'ApiKey',
      description: 'The key itself (name, prefix, roles, last use).',
      resolve: (query, viewer, _args, ctx) =>
        ctx.db.apiKey.findUniqueOrThrow({ ...query, where: { id: viewer.keyId ?? '' } }),
    }),
    name: t.string({ description: 'Name of the API key.', resolve: (_viewer, _args, ctx) => requireActor(ctx).name }),
    roles: t.field({
      type: [RoleEnum],
      description: 'Roles of the API key.',
      resolve: (_viewer, _args, ctx) => requireActor(ctx).roles,
    }),
  }),
});

interface AuditLogWhereValue {
  entityType?: typeof StringFilter.$inferInput | null;
  entityId?: string | null;
  action?: typeof StringFilter.$inferInput | null;
  actorName?: typeof StringFilter.$inferInput | null;
  createdAt?: { equals?: Date | null; gt?: Date | null; gte?: Date | null; lt?: Date | null; lte?: Date | null } | null;
  AND?: AuditLogWhereValue[] | null;
  OR?: AuditLogWhereValue[] | null;
  NOT?: AuditLogWhereValue | null;
}

const AuditLogWhere = builder.inputRef<AuditLogWhereValue>('AuditLogWhere').implement({
  description: 'Filter for audit log entries.',
  fields: (t) => ({
    entityType: t.field({
      type: StringFilter,
      description: 'GraphQL type of the changed record, for example "Customer".',
    }),
    entityId: t.id({ description: 'Global ID of one record: its whole history.' }),
    action: t.field({ type: StringFilter, description: 'The mutation or command, for example "customerMerge".' }),
    actorName: t.field({ type: StringFilter, description: 'Name of the API key that made the change.' }),
    createdAt: t.field({ type: DateTimeFilter, description: 'When the change was made.' }),
    AND: t.field({ type: [AuditLogWhere], description: 'All of these filters hold.' }),
    OR: t.field({ type: [AuditLogWhere], description: 'At least one of these filters holds.' }),
    NOT: t.field({ type: AuditLogWhere, description: 'This filter does not hold.' }),
  }),
});

function auditLogWhere(where: AuditLogWhereValue | null | undefined): object {
  return combineWhere(where, (w) => {
    const clauses: object[] = [
      ...stringWhere('entityType', w.entityType),
      ...stringWhere('action', w.action),
      ...stringWhere('actorName', w.actorName),
      ...rangeWhere('createdAt', w.createdAt),
    ];
    if (w.entityId) {
      const { typename, id } = decodeGlobalId(w.entityId);
      clauses.push({ entityType: typename, entityId: id });
    }
    return clauses;
  });
}

builder.queryFields((t) => ({
  viewer: t.field({
    type: Viewer,
    description: 'Who is calling: the API key, its roles and its organization. Any valid key may read it.',
    authScopes: { authenticated: true },
    resolve: (_root, _args, ctx) => {
      const actor = requireActor(ctx);
      return { organizationId: actor.organizationId, keyId: actor.keyId };
    },
  }),
  auditLog: t.prismaConnection(
    {
      type: AuditLogEntry,
      cursor: 'id',
      description: 'Changes in your organization, newest first. Needs role ADMIN.',
      authScopes: { role: 'ADMIN' },
      args: { where: t.arg({ type: AuditLogWhere, description: 'Filter; omit for all entries.' }) },
      totalCount: (_connection, args, ctx) => ctx.db.auditLog.count({ where: auditLogWhere(args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.auditLog.findMany({
          ...query,
          where: auditLogWhere(args.where),
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
    },
    { name: 'AuditLogEntryConnection', description: 'A page of audit log entries.' },
    { name: 'AuditLogEntryEdge', description: 'An audit log entry in a page, with its cursor.' },
  ),
}));
