import * as sales from '../../domain/sales/index.js';
import { builder } from '../../schema/builder.js';
import { dateWhere, enumWhere } from '../../schema/filters.js';
import { filterIdOf, idFor } from '../../schema/ids.js';
import { orderByWithTiebreaker } from '../../schema/ordering.js';
import { payloadType } from '../../schema/payloads.js';
import { SALES_ACCESS, SalesError } from '../../schema/sales/sales.js';
import {
  QUOTE_ORDER_COLUMNS,
  QuoteCreateInput,
  QuoteOrderBy,
  QuoteStateInput,
  QuoteUpdateInput,
  QuoteWhere,
  type QuoteWhereValue,
} from '../../schema/sales/inputs.js';
import { runMutation } from '../run-mutation.js';

const SALES_NOTE = 'Needs role SALES.';

/** Status conditions go through the same rule as Quote.status, so EXPIRED filters exactly as it reads. */
function quoteWhere(where: QuoteWhereValue | null | undefined): object {
  if (!where) return {};
  const today = sales.todayUtc();
  const states = enumWhere('status', where.status).map((clause) => {
    const value = (clause as { status: sales.QuoteState | { in: sales.QuoteState[] } }).status;
    return sales.quoteStatusWhere(typeof value === 'string' ? [value] : value.in, today);
  });
  const clauses: object[] = [
    ...states,
    ...dateWhere(where.quoteDate, 'quoteDate'),
    ...dateWhere(where.validUntil, 'validUntil'),
  ];
  if (where.customerId) clauses.push({ customerId: filterIdOf('Customer', where.customerId, 'customerId') });
  if (where.number) clauses.push({ number: where.number });
  return { AND: clauses };
}

/** The header and lines that create and update share, as the schema declares them. */
type QuoteFields = Omit<typeof QuoteCreateInput.$inferInput, 'customerId' | 'idempotencyKey'>;

function quoteFields(input: QuoteFields) {
  return {
    currency: input.currency,
    quoteDate: input.quoteDate,
    validUntil: input.validUntil,
    notes: input.notes,
    lines: input.lines.map((line, index) => ({
      ...line,
      productId: idFor('Product', line.productId, `lines.${index}.productId`),
    })),
  };
}

function quotePayload(name: string, description: string) {
  return payloadType<sales.QuoteRef>(name, {
    description,
    errorType: SalesError,
    fields: (t) => ({
      quote: t.prismaField({
        type: 'Quote',
        nullable: true,
        description: 'The quote as it is after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.quote.findUnique({ ...query, where: { id: payload.ids.quoteId } }) : null,
      }),
    }),
  });
}

builder.queryFields((t) => ({
  quote: t.prismaField({
    type: 'Quote',
    nullable: true,
    description: `A quote by ID; null if it does not exist in your organization. ${SALES_NOTE}`,
    authScopes: SALES_ACCESS,
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the quote.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'Quote' ? ctx.db.quote.findUnique({ ...query, where: { id: args.id.id } }) : null,
  }),
  quotes: t.prismaConnection(
    {
      type: 'Quote',
      cursor: 'id',
      description: `Quotes, filtered and sorted; default 20 per page, at most 100. ${SALES_NOTE}`,
      authScopes: SALES_ACCESS,
      args: {
        where: t.arg({ type: QuoteWhere, description: 'Filter; omit for all quotes.' }),
        orderBy: t.arg({
          type: [QuoteOrderBy],
          description: 'Sort keys, most significant first (default: newest quote date first).',
        }),
      },
      totalCount: (_connection, args, ctx) => ctx.db.quote.count({ where: quoteWhere(args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.quote.findMany({
          ...query,
          where: quoteWhere(args.where),
          orderBy: orderByWithTiebreaker(args.orderBy, QUOTE_ORDER_COLUMNS, [
            { quoteDate: 'desc' },
            { number: 'desc' },
          ]),
        }),
    },
    { name: 'QuoteConnection', description: 'A page of quotes.' },
    { name: 'QuoteEdge', description: 'A quote in a page, with its cursor.' },
  ),
}));

const stateInput = (input: { id: string; expectedVersion?: number | null }) => ({
  id: idFor('Quote', input.id, 'id'),
  expectedVersion: input.expectedVersion,
});

builder.mutationFields((t) => ({
  quoteCreate: t.field({
    type: quotePayload('QuoteCreatePayload', 'Result of quoteCreate: the new draft.'),
    description: `Creates a draft quote; unit prices come from the customer's price list or the list price unless given, tax rates from the product/category/default assignment unless the customer is exempt. Emits quote.created. ${SALES_NOTE}`,
    authScopes: SALES_ACCESS,
    args: { input: t.arg({ type: QuoteCreateInput, required: true, description: 'The new quote.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'quoteCreate', input, (tx, actor) =>
        sales.createQuote(tx, actor, {
          customerId: idFor('Customer', input.customerId, 'customerId'),
          ...quoteFields(input),
        }),
      ),
  }),
  quoteUpdate: t.field({
    type: quotePayload('QuoteUpdatePayload', 'Result of quoteUpdate.'),
    description: `Replaces a draft quote's lines (re-priced) and any header fields given. Emits quote.updated. ${SALES_NOTE}`,
    authScopes: SALES_ACCESS,
    args: { input: t.arg({ type: QuoteUpdateInput, required: true, description: 'The draft and its new content.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'quoteUpdate', input, (tx, actor) =>
        sales.updateQuote(tx, actor, { ...stateInput(input), ...quoteFields(input) }),
      ),
  }),
  quoteSend: t.field({
    type: quotePayload('QuoteSendPayload', 'Result of quoteSend.'),
    description: `Marks a draft quote as sent (DRAFT -> SENT); a draft past its valid-until date fails with QUOTE_EXPIRED. Emits quote.sent. ${SALES_NOTE}`,
    authScopes: SALES_ACCESS,
    args: { input: t.arg({ type: QuoteStateInput, required: true, description: 'The quote.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'quoteSend', input, (tx, actor) => sales.sendQuote(tx, actor, stateInput(input))),
  }),
  quoteAccept: t.field({
    type: quotePayload('QuoteAcceptPayload', 'Result of quoteAccept.'),
    description: `Records the customer's acceptance of a sent quote that is still valid (SENT -> ACCEPTED); an expired one fails with QUOTE_EXPIRED. Emits quote.accepted. ${SALES_NOTE}`,
    authScopes: SALES_ACCESS,
    args: { input: t.arg({ type: QuoteStateInput, required: true, description: 'The quote.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'quoteAccept', input, (tx, actor) => sales.acceptQuote(tx, actor, stateInput(input))),
  }),
  quoteCancel: t.field({
    type: quotePayload('QuoteCancelPayload', 'Result of quoteCancel.'),
    description: `Cancels a draft or sent (not expired) quote. Emits quote.cancelled. ${SALES_NOTE}`,
    authScopes: SALES_ACCESS,
    args: { input: t.arg({ type: QuoteStateInput, required: true, description: 'The quote.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'quoteCancel', input, (tx, actor) => sales.cancelQuote(tx, actor, stateInput(input))),
  }),
}));
