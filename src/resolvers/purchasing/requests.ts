import * as purchasing from '../../domain/purchasing/index.js';
import type { Actor, TenantTx } from '../../platform/index.js';
import { builder } from '../../schema/builder.js';
import type { GraphQLContext } from '../../schema/context.js';
import { dateWhere, enumWhere } from '../../schema/filters.js';
import { filterIdOf, idFor, optionalIdFor } from '../../schema/ids.js';
import { orderByWithTiebreaker } from '../../schema/ordering.js';
import { payloadType } from '../../schema/payloads.js';
import {
  PURCHASE_REQUEST_ORDER_COLUMNS,
  PurchaseRequestActionInput,
  PurchaseRequestConvertInput,
  PurchaseRequestCreateInput,
  PurchaseRequestError,
  PurchaseRequestOrderBy,
  PurchaseRequestUpdateInput,
  PurchaseRequestWhere,
  visiblePurchaseRequests,
  type PurchaseRequestWhereValue,
} from '../../schema/purchasing/requests.js';
import { runMutationWithCodes } from '../run-mutation.js';

/** Submitting and cancelling run the approvals engine, converting runs purchase orders: codes the payload enum lacks come back as INVALID_INPUT. */
function runMutation<Ids>(
  ctx: GraphQLContext,
  operation: string,
  input: { idempotencyKey?: string | null } & object,
  command: (tx: TenantTx, actor: Actor) => Promise<Ids>,
) {
  return runMutationWithCodes(ctx, purchasing.PURCHASE_REQUEST_ERROR_CODES, 'INVALID_INPUT', operation, input, command);
}

const nextDay = (value: string) =>
  new Date(Date.parse(`${value}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);

function requestWhere(ctx: GraphQLContext, w: PurchaseRequestWhereValue | null | undefined): object {
  const clauses: object[] = [visiblePurchaseRequests(ctx.actor), ...enumWhere('status', w?.status)];
  if (w?.requesterId) clauses.push({ requesterId: filterIdOf('Employee', w.requesterId, 'requesterId') });
  if (w?.number) clauses.push({ number: w.number });
  // createdAt is a point in time; a calendar day covers [day 00:00 UTC, next day 00:00 UTC).
  const created = w?.createdDate;
  if (created) {
    const from = created.equals ?? created.gte;
    const to = created.equals ?? created.lte;
    if (from) clauses.push(...dateWhere({ gte: from }, 'createdAt'));
    if (to) clauses.push({ createdAt: { lt: new Date(`${nextDay(to)}T00:00:00.000Z`) } });
  }
  return { AND: clauses };
}

interface LineFields {
  productId: string;
  description?: string | null;
  quantity: string;
  neededBy: string;
  preferredSupplierId?: string | null;
  estimatedUnitPrice?: string | null;
  currency?: string | null;
}

function requestFields(input: { description: string; notes?: string | null; lines: LineFields[] }) {
  return {
    description: input.description,
    notes: input.notes,
    lines: input.lines.map((line, index) => ({
      ...line,
      productId: idFor('Product', line.productId, `lines.${index}.productId`),
      preferredSupplierId: optionalIdFor('Supplier', line.preferredSupplierId, `lines.${index}.preferredSupplierId`),
    })),
  };
}

const requestPayload = (name: string, description: string) =>
  payloadType<purchasing.PurchaseRequestRef>(name, {
    description,
    errorType: PurchaseRequestError,
    fields: (t) => ({
      purchaseRequest: t.prismaField({
        type: 'PurchaseRequest',
        nullable: true,
        description: 'The request after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids
            ? ctx.db.purchaseRequest.findFirst({
                ...query,
                where: { AND: [{ id: payload.ids.purchaseRequestId }, visiblePurchaseRequests(ctx.actor)] },
              })
            : null,
      }),
    }),
  });

builder.queryFields((t) => ({
  purchaseRequest: t.prismaField({
    type: 'PurchaseRequest',
    nullable: true,
    description:
      'A purchase request by ID; null if it does not exist in your organization or you may not see it (PURCHASING and ADMIN see all; others their own and those they approve).',
    authScopes: { authenticated: true },
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the request.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'PurchaseRequest'
        ? ctx.db.purchaseRequest.findFirst({
            ...query,
            where: { AND: [{ id: args.id.id }, visiblePurchaseRequests(ctx.actor)] },
          })
        : null,
  }),
  purchaseRequests: t.prismaConnection(
    {
      type: 'PurchaseRequest',
      cursor: 'id',
      description:
        'Purchase requests you may see (PURCHASING and ADMIN: all; others: their own and those they approve), filtered and sorted; default newest first, 20 per page, at most 100.',
      authScopes: { authenticated: true },
      args: {
        where: t.arg({ type: PurchaseRequestWhere, description: 'Filter; omit for all you may see.' }),
        orderBy: t.arg({
          type: [PurchaseRequestOrderBy],
          description: 'Sort keys, most significant first (default: newest first).',
        }),
      },
      totalCount: (_connection, args, ctx) => ctx.db.purchaseRequest.count({ where: requestWhere(ctx, args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.purchaseRequest.findMany({
          ...query,
          where: requestWhere(ctx, args.where),
          orderBy: orderByWithTiebreaker(args.orderBy, PURCHASE_REQUEST_ORDER_COLUMNS, [{ createdAt: 'desc' }]),
        }),
    },
    { name: 'PurchaseRequestConnection', description: 'A page of purchase requests.' },
    { name: 'PurchaseRequestEdge', description: 'A purchase request in a page, with its cursor.' },
  ),
}));

builder.mutationFields((t) => ({
  purchaseRequestCreate: t.field({
    type: requestPayload('PurchaseRequestCreatePayload', 'Result of purchaseRequestCreate: the new draft.'),
    description:
      'Writes a draft purchase request, numbered PR-00001; estimated unit prices left out come from the best supplier prices, and the estimated total is kept in the base currency. Any key linked to an employee may ask for itself; for someone else, or from a key without an employee, needs PURCHASING. Emits purchaseRequest.created.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: PurchaseRequestCreateInput, required: true, description: 'The request.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'purchaseRequestCreate', input, (tx, actor) =>
        purchasing.createPurchaseRequest(tx, actor, {
          requesterId: optionalIdFor('Employee', input.requesterId, 'requesterId'),
          ...requestFields(input as never),
        }),
      ),
  }),
  purchaseRequestUpdate: t.field({
    type: requestPayload('PurchaseRequestUpdatePayload', 'Result of purchaseRequestUpdate.'),
    description:
      "Replaces a draft request's description, notes and lines. The requester, or PURCHASING. Emits purchaseRequest.updated.",
    authScopes: { authenticated: true },
    args: {
      input: t.arg({ type: PurchaseRequestUpdateInput, required: true, description: 'The draft and its new content.' }),
    },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'purchaseRequestUpdate', input, (tx, actor) =>
        purchasing.updatePurchaseRequest(tx, actor, {
          id: idFor('PurchaseRequest', input.id, 'id'),
          expectedVersion: input.expectedVersion,
          ...requestFields(input as never),
        }),
      ),
  }),
  purchaseRequestSubmit: t.field({
    type: requestPayload('PurchaseRequestSubmitPayload', 'Result of purchaseRequestSubmit.'),
    description:
      'Submits a draft (new or returned for changes) for approval as PURCHASE_REQUEST with facts AMOUNT (estimated total in the base currency), CURRENCY (when all lines share one), TYPE (product type, when all lines share one), REQUESTER and DEPARTMENT. When a policy rule applies the request waits in PENDING_APPROVAL; when none does it is APPROVED at once (approvedWithoutPolicy). The requester, or PURCHASING. Emits purchaseRequest.submitted or purchaseRequest.approved.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: PurchaseRequestActionInput, required: true, description: 'The request.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'purchaseRequestSubmit', input, (tx, actor) =>
        purchasing.submitPurchaseRequest(tx, actor, {
          id: idFor('PurchaseRequest', input.id, 'id'),
          expectedVersion: input.expectedVersion,
          comment: input.comment,
        }),
      ),
  }),
  purchaseRequestCancel: t.field({
    type: requestPayload('PurchaseRequestCancelPayload', 'Result of purchaseRequestCancel.'),
    description:
      'Cancels a draft or approved request (the requester, or PURCHASING), or a pending one by withdrawing its approval (the requester only, as the approvals engine allows). Emits purchaseRequest.cancelled.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: PurchaseRequestActionInput, required: true, description: 'The request.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'purchaseRequestCancel', input, (tx, actor) =>
        purchasing.cancelPurchaseRequest(tx, actor, {
          id: idFor('PurchaseRequest', input.id, 'id'),
          expectedVersion: input.expectedVersion,
          comment: input.comment,
        }),
      ),
  }),
  purchaseRequestConvert: t.field({
    type: requestPayload(
      'PurchaseRequestConvertPayload',
      'Result of purchaseRequestConvert: the request with its purchase orders.',
    ),
    description:
      "Converts an approved request into draft purchase orders, one per supplier and currency: each line goes to its preferred supplier, else to the supplier with the best price for the product and quantity, at that supplier's price for the quantity, expected on its needed-by date. The request becomes CONVERTED; converting again is refused (ALREADY_CONVERTED). Needs role PURCHASING. Emits purchaseRequest.converted and purchaseOrder.created.",
    authScopes: { role: 'PURCHASING' },
    args: { input: t.arg({ type: PurchaseRequestConvertInput, required: true, description: 'The request.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'purchaseRequestConvert', input, (tx, actor) =>
        purchasing.convertPurchaseRequest(tx, actor, {
          id: idFor('PurchaseRequest', input.id, 'id'),
          expectedVersion: input.expectedVersion,
        }),
      ),
  }),
}));
