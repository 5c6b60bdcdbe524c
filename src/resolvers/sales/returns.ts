import * as sales from '../../domain/sales/index.js';
import { builder } from '../../schema/builder.js';
import { dateWhere, enumWhere, rangeWhere } from '../../schema/filters.js';
import { filterIdOf, idFor, optionalIdFor } from '../../schema/ids.js';
import { orderByWithTiebreaker } from '../../schema/ordering.js';
import { payloadType } from '../../schema/payloads.js';
import { SalesError } from '../../schema/sales/sales.js';
import {
  RETURN_READERS,
  RETURN_READ_NOTE,
  RETURN_RECEIVERS,
  RETURN_WRITERS,
  SALES_RETURN_ORDER_COLUMNS,
  SalesReturnCreateInput,
  SalesReturnOrderBy,
  SalesReturnStateInput,
  SalesReturnWhere,
  type SalesReturnWhereValue,
} from '../../schema/sales/returns.js';
import { runMutationWithCodes } from '../run-mutation.js';

function salesReturnWhere(where: SalesReturnWhereValue | null | undefined): object {
  if (!where) return {};
  const clauses: object[] = [
    ...enumWhere('status', where.status),
    ...dateWhere(where.returnDate, 'returnDate'),
    ...rangeWhere('receivedAt', where.receivedAt),
  ];
  if (where.salesOrderId) clauses.push({ salesOrderId: filterIdOf('SalesOrder', where.salesOrderId, 'salesOrderId') });
  return { AND: clauses };
}

function salesReturnPayload(name: string, description: string) {
  return payloadType<sales.SalesReturnRef>(name, {
    description,
    errorType: SalesError,
    fields: (t) => ({
      salesReturn: t.prismaField({
        type: 'SalesReturn',
        nullable: true,
        description: 'The sales return as it is after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.salesReturn.findUnique({ ...query, where: { id: payload.ids.salesReturnId } }) : null,
      }),
    }),
  });
}

builder.queryFields((t) => ({
  salesReturn: t.prismaField({
    type: 'SalesReturn',
    nullable: true,
    description: `A sales return by ID; null if it does not exist in your organization. ${RETURN_READ_NOTE}`,
    authScopes: { anyRole: RETURN_READERS },
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the sales return.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'SalesReturn'
        ? ctx.db.salesReturn.findUnique({ ...query, where: { id: args.id.id } })
        : null,
  }),
  salesReturns: t.prismaConnection(
    {
      type: 'SalesReturn',
      cursor: 'id',
      description: `Sales returns, filtered and sorted; default 20 per page, at most 100. ${RETURN_READ_NOTE}`,
      authScopes: { anyRole: RETURN_READERS },
      args: {
        where: t.arg({ type: SalesReturnWhere, description: 'Filter; omit for all sales returns.' }),
        orderBy: t.arg({
          type: [SalesReturnOrderBy],
          description: 'Sort keys, most significant first (default: newest number first).',
        }),
      },
      totalCount: (_connection, args, ctx) => ctx.db.salesReturn.count({ where: salesReturnWhere(args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.salesReturn.findMany({
          ...query,
          where: salesReturnWhere(args.where),
          orderBy: orderByWithTiebreaker(args.orderBy, SALES_RETURN_ORDER_COLUMNS, [{ number: 'desc' }]),
        }),
    },
    { name: 'SalesReturnConnection', description: 'A page of sales returns.' },
    { name: 'SalesReturnEdge', description: 'A sales return in a page, with its cursor.' },
  ),
}));

const returnId = (id: string) => idFor('SalesReturn', id, 'id');

builder.mutationFields((t) => ({
  returnCreate: t.field({
    type: salesReturnPayload('SalesReturnCreatePayload', 'Result of returnCreate: the new draft return.'),
    description:
      "Announces a DRAFT return (RET-00001) of goods shipped with a PARTIALLY_SHIPPED, SHIPPED, INVOICED, PAID or CLOSED sales order (else NOT_RETURNABLE; a CLOSED order stays CLOSED), coming back into the order's location unless another active internal location is named. " +
      'A stocked line can return what shipped less what came back less what its other draft returns take (more is OVER_RETURN on lines.N.quantity); services and lines that never shipped are NOT_RETURNABLE_LINE. Emits salesReturn.created. Needs role SALES.',
    authScopes: RETURN_WRITERS,
    args: { input: t.arg({ type: SalesReturnCreateInput, required: true, description: 'The return.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutationWithCodes(ctx, sales.SALES_ERROR_CODES, 'STOCK_REFUSED', 'returnCreate', input, (tx, actor) =>
        sales.createSalesReturn(tx, actor, {
          salesOrderId: idFor('SalesOrder', input.salesOrderId, 'salesOrderId'),
          locationId: optionalIdFor('Location', input.locationId, 'locationId'),
          reason: input.reason,
          returnDate: input.returnDate,
          lines: input.lines,
        }),
      ),
  }),
  returnReceive: t.field({
    type: salesReturnPayload(
      'SalesReturnReceivePayload',
      'Result of returnReceive: the received return with its moves and credit notes.',
    ),
    description:
      "Receives a DRAFT return in one transaction: each line comes back from the CUSTOMER location into the return's location at what the order line's issue moves are still worth (its share of them, so returning everything gives back exactly the shipped cost), posted once as Dr inventory / Cr cost of goods sold dated today; the order lines count what came back. " +
      "What the customer was invoiced for beyond what they now keep (ORDERED: ordered less returned; DELIVERED: shipped less returned) is credited: one posted customer credit note per invoice, latest invoice first, its lines copying the order line's price, discount, tax and priceIncludesTax, dated today and applied to what is open of the invoice (the rest stays customer credit). Returned goods never invoiced are simply no longer invoiceable. " +
      "Receiving twice is RETURN_NOT_DRAFT; lines.N refers to the return's lines in order line order. Posting needs an open fiscal period (NO_PERIOD). Emits salesReturn.received and stock.documentReturned (one for the return, listing its receipt moves). Needs role WAREHOUSE.",
    authScopes: RETURN_RECEIVERS,
    args: { input: t.arg({ type: SalesReturnStateInput, required: true, description: 'The draft return.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutationWithCodes(ctx, sales.SALES_ERROR_CODES, 'STOCK_REFUSED', 'returnReceive', input, (tx, actor) =>
        sales.receiveSalesReturn(tx, actor, { id: returnId(input.id), expectedVersion: input.expectedVersion }),
      ),
  }),
  returnCancel: t.field({
    type: salesReturnPayload('SalesReturnCancelPayload', 'Result of returnCancel.'),
    description:
      'Cancels a DRAFT return (else RETURN_NOT_DRAFT); its quantities can be returned in another. Emits salesReturn.cancelled. Needs role SALES.',
    authScopes: RETURN_WRITERS,
    args: { input: t.arg({ type: SalesReturnStateInput, required: true, description: 'The draft return.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutationWithCodes(ctx, sales.SALES_ERROR_CODES, 'STOCK_REFUSED', 'returnCancel', input, (tx, actor) =>
        sales.cancelSalesReturn(tx, actor, { id: returnId(input.id), expectedVersion: input.expectedVersion }),
      ),
  }),
}));
