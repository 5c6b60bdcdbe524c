import * as sales from '../../domain/sales/index.js';
import { builder } from '../../schema/builder.js';
import { idFor } from '../../schema/ids.js';
import { payloadType } from '../../schema/payloads.js';
import { LEDGER_ACCESS } from '../../schema/ledger/ledger.js';
import { SalesError } from '../../schema/sales/sales.js';
import { CustomerInvoicePolicySetInput, SalesOrderInvoiceInput } from '../../schema/sales/order-invoices.js';
import { runMutation, runMutationWithCodes } from '../run-mutation.js';

const SalesOrderInvoicePayload = payloadType<sales.SalesOrderInvoiceRef>('SalesOrderInvoicePayload', {
  description: 'Result of salesOrderInvoice: the posted invoice and the order as it is now.',
  errorType: SalesError,
  fields: (t) => ({
    invoice: t.prismaField({
      type: 'Invoice',
      nullable: true,
      description: 'The posted customer invoice; null when there are errors.',
      resolve: (query, payload, _args, ctx) =>
        payload.ids ? ctx.db.invoice.findUnique({ ...query, where: { id: payload.ids.invoiceId } }) : null,
    }),
    salesOrder: t.prismaField({
      type: 'SalesOrder',
      nullable: true,
      description: 'The sales order after invoicing; null when there are errors.',
      resolve: (query, payload, _args, ctx) =>
        payload.ids ? ctx.db.salesOrder.findUnique({ ...query, where: { id: payload.ids.salesOrderId } }) : null,
    }),
  }),
});

const CustomerInvoicePolicySetPayload = payloadType<sales.CustomerInvoicePolicyRef>('CustomerInvoicePolicySetPayload', {
  description: 'Result of customerInvoicePolicySet.',
  errorType: SalesError,
  fields: (t) => ({
    customer: t.prismaField({
      type: 'Customer',
      nullable: true,
      description: 'The customer with its invoice policy; null when there are errors.',
      resolve: (query, payload, _args, ctx) =>
        payload.ids ? ctx.db.customer.findUnique({ ...query, where: { id: payload.ids.customerId } }) : null,
    }),
  }),
});

builder.mutationFields((t) => ({
  customerInvoicePolicySet: t.field({
    type: CustomerInvoicePolicySetPayload,
    description:
      "Sets when the customer's sales orders can be invoiced: ORDERED (default) or DELIVERED. Applies to what is invoiced from now on. Emits customer.invoicePolicySet. Needs role SALES or ACCOUNTING.",
    authScopes: { anyRole: ['SALES', 'ACCOUNTING'] },
    args: {
      input: t.arg({ type: CustomerInvoicePolicySetInput, required: true, description: 'The customer and policy.' }),
    },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'customerInvoicePolicySet', input, (tx, actor) =>
        sales.setCustomerInvoicePolicy(tx, actor, {
          customerId: idFor('Customer', input.customerId, 'customerId'),
          invoicePolicy: input.invoicePolicy,
        }),
      ),
  }),
  salesOrderInvoice: t.field({
    type: SalesOrderInvoicePayload,
    description:
      'Creates and posts one customer invoice (Dr receivable / Cr sales and sales tax) for what can be invoiced of a confirmed sales order: ORDERED customers the ordered quantity, DELIVERED ones what shipped (services as ordered), a CLOSED order what shipped whatever the policy, less returned and what is invoiced. ' +
      "Lines copy the order line's product, description, unit price, discount, tax percent and priceIncludesTax, so invoicing the whole order gives the order's figures to the cent. More than a line's quantityToInvoice is OVER_INVOICING on lines.N.quantity; NOTHING_TO_INVOICE when nothing can be. " +
      'The order becomes INVOICED once every stocked line shipped and every line is invoiced, PAID once those invoices are paid (a CLOSED order stays CLOSED); voiding an invoice (invoiceVoid) gives its quantities back. Emits salesOrder.invoiced. Needs role ACCOUNTING.',
    authScopes: LEDGER_ACCESS,
    args: {
      input: t.arg({ type: SalesOrderInvoiceInput, required: true, description: 'The order and what to invoice.' }),
    },
    resolve: (_root, { input }, ctx) =>
      runMutationWithCodes(ctx, sales.SALES_ERROR_CODES, 'POSTING_REFUSED', 'salesOrderInvoice', input, (tx, actor) =>
        sales.invoiceSalesOrder(tx, actor, {
          salesOrderId: idFor('SalesOrder', input.salesOrderId, 'salesOrderId'),
          invoiceDate: input.invoiceDate,
          lines: input.lines,
        }),
      ),
  }),
}));
