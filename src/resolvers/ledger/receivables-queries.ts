import * as ledger from '../../domain/ledger/index.js';
import { DomainError, fieldError } from '../../platform/index.js';
import { builder } from '../../schema/builder.js';
import { LEDGER_ACCESS } from '../../schema/ledger/ledger.js';
import { orderByWithTiebreaker } from '../../schema/ordering.js';
import {
  INVOICE_ORDER_COLUMNS,
  InvoiceOrderBy,
  SUPPLIER_BILL_READERS,
  InvoiceWhere,
  PaymentWhere,
} from '../../schema/ledger/receivables.js';
import {
  AgingReportType,
  OpenItemType,
  type AgingReportWithPartners,
} from '../../schema/ledger/receivables-reports.js';
import { filterIdOf } from '../../schema/ids.js';
import { report } from '../run-query.js';
import { invoiceWhere, paymentWhere } from './receivables-where.js';

const READERS = 'Needs role ACCOUNTING.';

function withSide(result: ledger.AgingReport, side: 'CUSTOMER' | 'SUPPLIER'): AgingReportWithPartners {
  return { ...result, rows: result.rows.map((row) => ({ ...row, side })) };
}

builder.queryFields((t) => ({
  invoice: t.prismaField({
    type: 'Invoice',
    nullable: true,
    description:
      'A customer invoice, supplier bill or credit note by ID; null if it does not exist in your organization. Needs role ACCOUNTING; supplier bills (kind SUPPLIER_BILL) also PURCHASING.',
    // The document's kind decides the rest (Invoice's own scopes), as for node(id:).
    authScopes: { anyRole: SUPPLIER_BILL_READERS },
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the document.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'Invoice' ? ctx.db.invoice.findUnique({ ...query, where: { id: args.id.id } }) : null,
  }),
  invoices: t.prismaConnection(
    {
      type: 'Invoice',
      cursor: 'id',
      description: `Customer invoices, supplier bills and credit notes, filtered and sorted; default 20 per page, at most 100. ${READERS}`,
      authScopes: LEDGER_ACCESS,
      args: {
        where: t.arg({ type: InvoiceWhere, description: 'Filter; omit for all documents.' }),
        orderBy: t.arg({
          type: [InvoiceOrderBy],
          description: 'Sort keys, most significant first (default: newest issue date first).',
        }),
      },
      totalCount: (_connection, args, ctx) => ctx.db.invoice.count({ where: invoiceWhere(args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.invoice.findMany({
          ...query,
          where: invoiceWhere(args.where),
          orderBy: orderByWithTiebreaker(args.orderBy, INVOICE_ORDER_COLUMNS, [
            { issueDate: 'desc' },
            { createdAt: 'desc' },
          ]),
        }),
    },
    { name: 'InvoiceConnection', description: 'A page of documents.' },
    { name: 'InvoiceEdge', description: 'A document in a page, with its cursor.' },
  ),
  payment: t.prismaField({
    type: 'Payment',
    nullable: true,
    description: `A payment by ID; null if it does not exist in your organization. ${READERS}`,
    authScopes: LEDGER_ACCESS,
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the payment.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'Payment' ? ctx.db.payment.findUnique({ ...query, where: { id: args.id.id } }) : null,
  }),
  payments: t.prismaConnection(
    {
      type: 'Payment',
      cursor: 'id',
      description: `Payments, newest first; default 20 per page, at most 100. ${READERS}`,
      authScopes: LEDGER_ACCESS,
      args: { where: t.arg({ type: PaymentWhere, description: 'Filter; omit for all payments.' }) },
      totalCount: (_connection, args, ctx) => ctx.db.payment.count({ where: paymentWhere(args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.payment.findMany({
          ...query,
          where: paymentWhere(args.where),
          orderBy: [{ date: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }],
        }),
    },
    { name: 'PaymentConnection', description: 'A page of payments.' },
    { name: 'PaymentEdge', description: 'A payment in a page, with its cursor.' },
  ),
  openItems: t.field({
    type: [OpenItemType],
    description: `A customer's or a supplier's open items as of a date (give exactly one of customerId and supplierId), by due date. ${READERS}`,
    authScopes: LEDGER_ACCESS,
    args: {
      customerId: t.arg.id({ description: 'The customer (receivables).' }),
      supplierId: t.arg.id({ description: 'The supplier (payables).' }),
      asOf: t.arg({ type: 'Date', description: 'As of this date; today (UTC) when omitted.' }),
    },
    resolve: (_root, args, ctx) =>
      report(ctx, (tx, actor) => {
        if (!args.customerId === !args.supplierId) {
          throw new DomainError(
            fieldError('INVALID_INPUT', 'Give exactly one of customerId and supplierId', 'customerId'),
          );
        }
        return args.customerId
          ? ledger.openItems(tx, actor, {
              side: 'CUSTOMER',
              partnerId: filterIdOf('Customer', args.customerId, 'customerId'),
              asOf: args.asOf,
            })
          : ledger.openItems(tx, actor, {
              side: 'SUPPLIER',
              partnerId: filterIdOf('Supplier', args.supplierId!, 'supplierId'),
              asOf: args.asOf,
            });
      }),
  }),
  agedReceivables: t.field({
    type: AgingReportType,
    description: `Customers' open items by days past due (current, 1-30, 31-60, 61-90, over 90) as of a date. ${READERS}`,
    authScopes: LEDGER_ACCESS,
    args: { asOf: t.arg({ type: 'Date', description: 'As of this date; today (UTC) when omitted.' }) },
    resolve: (_root, args, ctx) =>
      report(ctx, async (tx, actor) =>
        withSide(await ledger.agedBalances(tx, actor, { side: 'CUSTOMER', asOf: args.asOf }), 'CUSTOMER'),
      ),
  }),
  agedPayables: t.field({
    type: AgingReportType,
    description: `Suppliers' open items by days past due (current, 1-30, 31-60, 61-90, over 90) as of a date. ${READERS}`,
    authScopes: LEDGER_ACCESS,
    args: { asOf: t.arg({ type: 'Date', description: 'As of this date; today (UTC) when omitted.' }) },
    resolve: (_root, args, ctx) =>
      report(ctx, async (tx, actor) =>
        withSide(await ledger.agedBalances(tx, actor, { side: 'SUPPLIER', asOf: args.asOf }), 'SUPPLIER'),
      ),
  }),
}));
