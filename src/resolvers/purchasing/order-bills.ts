import * as purchasing from '../../domain/purchasing/index.js';
import { PURCHASE_ORDER_ERROR_CODES } from '../../domain/purchasing/index.js';
import { builder } from '../../schema/builder.js';
import { encodeGlobalId } from '../../schema/global-id.js';
import { idFor } from '../../schema/ids.js';
import { payloadType } from '../../schema/payloads.js';
import { SupplierBillFromPurchaseOrderInput } from '../../schema/purchasing/order-bills.js';
import { PurchaseOrderError } from '../../schema/purchasing/orders.js';
import { runMutationWithCodes } from '../run-mutation.js';

const SupplierBillFromPurchaseOrderPayload = payloadType<purchasing.SupplierBillFromPurchaseOrderRef>(
  'SupplierBillFromPurchaseOrderPayload',
  {
    description: 'Result of supplierBillFromPurchaseOrder: the posted bill and the order with its billed quantities.',
    errorType: PurchaseOrderError,
    fields: (t) => ({
      billId: t.id({
        nullable: true,
        description: 'Global ID of the posted bill (an Invoice); null when there are errors.',
        resolve: (payload) => (payload.ids ? encodeGlobalId('Invoice', payload.ids.invoiceId) : null),
      }),
      bill: t.prismaField({
        type: 'Invoice',
        nullable: true,
        description:
          'The posted supplier bill; null when there are errors. Readable by PURCHASING and ACCOUNTING (its journal entry and accounts need ACCOUNTING).',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.invoice.findUnique({ ...query, where: { id: payload.ids.invoiceId } }) : null,
      }),
      purchaseOrder: t.prismaField({
        type: 'PurchaseOrder',
        nullable: true,
        description:
          'The order as it is after the bill, with its billed quantities and state; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids
            ? ctx.db.purchaseOrder.findUnique({ ...query, where: { id: payload.ids.purchaseOrderId } })
            : null,
      }),
    }),
  },
);

builder.mutationFields((t) => ({
  supplierBillFromPurchaseOrder: t.field({
    type: SupplierBillFromPurchaseOrderPayload,
    description:
      "Bills what was received of a purchase order: creates and posts (at once) a supplier bill for the order's supplier and currency with the order lines' products, prices and tax rates, by default for every line's received but not billed quantity. Goods lines debit goods received not invoiced (GRNI), services the expense account; each goods line clears its share of the value its receipts credited to GRNI ((received value - cleared value) x quantity / (received - billed quantity), the exact remainder for the last received unit), and the difference to the bill's base amounts is posted once as an exchange difference (foreign currency) or rounding (base currency). The order becomes BILLED when every line is fully received and billed. Voiding the bill (supplierBillVoid) gives everything back. Emits invoice.created, invoice.posted and purchaseOrder.billed. Needs role PURCHASING or ACCOUNTING.",
    authScopes: { anyRole: ['PURCHASING', 'ACCOUNTING'] },
    args: {
      input: t.arg({
        type: SupplierBillFromPurchaseOrderInput,
        required: true,
        description: 'The order and what to bill of it.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      runMutationWithCodes(
        ctx,
        PURCHASE_ORDER_ERROR_CODES,
        'INVALID_INPUT',
        'supplierBillFromPurchaseOrder',
        input,
        (tx, actor) =>
          purchasing.supplierBillFromPurchaseOrder(tx, actor, {
            purchaseOrderId: idFor('PurchaseOrder', input.purchaseOrderId, 'purchaseOrderId'),
            lines: input.lines,
            billDate: input.billDate,
            dueDate: input.dueDate,
            supplierReference: input.supplierReference,
          }),
      ),
  }),
}));
