// Shipments of sales orders: the types, their inputs and filters, and SalesOrder.shipments.
import type { Role } from '../../generated/prisma/enums.js';
import { builder } from '../builder.js';
import { DateTimeFilter, enumFilter, type RangeFilterValue } from '../filters.js';
import { DateFilter, type DateRangeValue } from '../ledger/ledger.js';
import { EXPECTED_VERSION } from './inputs.js';
import { ORDER_READERS } from './orders.js';
import { Money, money } from '../scalars.js';
import { IDEMPOTENCY_DESCRIPTION } from '../payloads.js';

/** The warehouse ships (ADMIN passes every role check); whoever reads orders reads their shipments. */
export const SHIPMENT_WRITERS = { role: 'WAREHOUSE' } as const;
export const SHIPMENT_READERS: Role[] = ORDER_READERS;
export const SHIPMENT_READ_NOTE = 'Needs role SALES, WAREHOUSE or ACCOUNTING.';

export const ShipmentStatusEnum = builder.enumType('ShipmentStatus', {
  description: 'Where a shipment is in its life.',
  values: {
    DRAFT: {
      description: "Prepared: its quantities are set aside from the order's reserved stock, nothing has moved yet.",
    },
    SHIPPED: {
      description: 'Gone to the customer: the stock was issued at its cost and the cost of goods sold posted.',
    },
    CANCELLED: {
      description:
        'Dropped before it shipped (or with its cancelled order); its quantities can ship in another shipment.',
    },
  } as const,
});

builder.prismaNode('Shipment', {
  select: { id: true },
  description: `A delivery of (part of) a sales order's stocked lines from the order's location to the customer. ${SHIPMENT_READ_NOTE}`,
  id: { field: 'id' },
  nullable: true,
  authScopes: { anyRole: SHIPMENT_READERS },
  fields: (t) => ({
    number: t.exposeString('number', {
      description:
        'SH-00001: unique per organization and increasing in creation order; a create that failed after taking its number leaves a gap.',
    }),
    salesOrder: t.relation('salesOrder', { description: 'The sales order shipped.' }),
    location: t.relation('location', { description: "The warehouse location the goods leave from (the order's)." }),
    status: t.expose('status', { type: ShipmentStatusEnum, description: 'Where the shipment is in its life.' }),
    plannedDate: t.expose('plannedDate', { type: 'Date', nullable: true, description: 'When it is planned to go.' }),
    carrier: t.exposeString('carrier', { nullable: true, description: 'Who carries it.' }),
    trackingReference: t.exposeString('trackingReference', {
      nullable: true,
      description: "The carrier's tracking number.",
    }),
    notes: t.exposeString('notes', { nullable: true, description: 'Free text.' }),
    shippedAt: t.expose('shippedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it shipped (its moves and postings are dated this UTC day).',
    }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true, description: 'When it was cancelled.' }),
    costOfGoods: t.field({
      type: Money,
      nullable: true,
      description:
        'Sum of the values of its issue moves in the base currency: what its one cost of goods sold entry posted (the journal entry every move names); null until shipped.',
      select: { costOfGoods: true, costCurrency: true },
      resolve: (shipment) =>
        shipment.costOfGoods === null || !shipment.costCurrency
          ? null
          : money(shipment.costOfGoods, shipment.costCurrency.trim()),
    }),
    lines: t.relation('lines', {
      description: 'What it ships, in order line order.',
      query: () => ({ orderBy: [{ salesOrderLine: { lineNo: 'asc' as const } }] }),
    }),
    version: t.exposeInt('version', { description: 'Increases with every change; send it as expectedVersion.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

builder.prismaObject('ShipmentLine', {
  select: { id: true },
  description: `A quantity of one sales order line in a shipment. ${SHIPMENT_READ_NOTE}`,
  authScopes: { anyRole: SHIPMENT_READERS },
  fields: (t) => ({
    orderLine: t.relation('salesOrderLine', { description: 'The sales order line it ships.' }),
    product: t.relation('product', { description: 'The product shipped.' }),
    quantity: t.expose('quantity', { type: 'Decimal', description: 'Quantity shipped (or to ship), above zero.' }),
    stockMove: t.relation('stockMove', {
      nullable: true,
      description:
        'The issue move to the CUSTOMER location, with its value and its ledger entry (Dr cost of goods sold, Cr inventory); null until shipped.',
    }),
  }),
});

builder.prismaObjectFields('SalesOrder', (t) => ({
  shipments: t.relation('shipments', {
    description: `The order's shipments, oldest first. ${SHIPMENT_READ_NOTE}`,
    query: () => ({ orderBy: [{ number: 'asc' as const }] }),
  }),
}));

export const ShipmentLineInput = builder.inputType('ShipmentLineInput', {
  description: 'How much of one sales order line to ship.',
  fields: (t) => ({
    lineNo: t.int({ required: true, description: "The sales order line's number (lineNo)." }),
    quantity: t.field({
      type: 'Decimal',
      required: true,
      description:
        'Above zero, at most 4 decimals, at most what the line can ship (reserved less its other draft shipments).',
    }),
  }),
});

export const ShipmentCreateInput = builder.inputType('ShipmentCreateInput', {
  description: 'A new draft shipment of a confirmed or partially shipped sales order.',
  fields: (t) => ({
    salesOrderId: t.id({ required: true, description: 'The sales order.' }),
    lines: t.field({
      type: [ShipmentLineInput],
      description:
        'What to ship; when left out every stocked line ships all it can (reserved less its other draft shipments). Services never ship.',
    }),
    plannedDate: t.field({ type: 'Date', description: 'When it is planned to go.' }),
    carrier: t.string({ description: 'Who carries it (at most 100 characters).' }),
    trackingReference: t.string({ description: "The carrier's tracking number (at most 100 characters)." }),
    notes: t.string({ description: 'Free text (at most 4000 characters).' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const ShipmentStateInput = builder.inputType('ShipmentStateInput', {
  description: 'The shipment a state change applies to.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The shipment.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export interface ShipmentWhereValue {
  status?: {
    equals?: typeof ShipmentStatusEnum.$inferType | null;
    in?: (typeof ShipmentStatusEnum.$inferType)[] | null;
  } | null;
  salesOrderId?: string | null;
  plannedDate?: DateRangeValue | null;
  shippedAt?: RangeFilterValue<Date> | null;
}

export const ShipmentWhere = builder.inputRef<ShipmentWhereValue>('ShipmentWhere').implement({
  description: 'Filter for shipments. All given conditions must hold.',
  fields: (t) => ({
    status: t.field({
      type: enumFilter('ShipmentStatusFilter', ShipmentStatusEnum, "a shipment's status"),
      description: 'Conditions on the status.',
    }),
    salesOrderId: t.id({ description: "Only this sales order's shipments (its global ID)." }),
    plannedDate: t.field({ type: DateFilter, description: 'Conditions on the planned date.' }),
    shippedAt: t.field({
      type: DateTimeFilter,
      description: 'Conditions on when it shipped (drafts and cancelled shipments never match).',
    }),
  }),
});
