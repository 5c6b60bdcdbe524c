import { builder } from '../builder.js';
import { INVENTORY_READERS } from './inventory.js';
import { DocumentReferenceInput } from './inputs.js';
import { DocumentReferenceType } from './stock.js';
import { IDEMPOTENCY_DESCRIPTION } from '../payloads.js';

export const StockReservationNode = builder.prismaNode('StockReservation', {
  select: { id: true },
  description:
    'Stock promised to a demand (a sales order line, a work order component) in one warehouse location. Needs WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING.',
  id: { field: 'id' },
  nullable: true,
  authScopes: { anyRole: INVENTORY_READERS },
  fields: (t) => ({
    product: t.relation('product', { description: 'The product reserved.' }),
    location: t.relation('location', { description: 'The warehouse location the stock is reserved in.' }),
    demand: t.field({
      type: DocumentReferenceType,
      description: 'The demand the stock is reserved for.',
      select: { demandType: true, demandId: true, demandLine: true },
      resolve: (r) => ({ type: r.demandType, id: r.demandId, line: r.demandLine || null }),
    }),
    quantity: t.expose('quantity', {
      type: 'Decimal',
      description: "Still reserved (neither released nor consumed), in the product's unit of measure.",
    }),
    consumed: t.expose('consumed', { type: 'Decimal', description: 'Issued against this reservation so far.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the stock was first reserved.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'Last change.' }),
  }),
});

export interface StockReservationWhereValue {
  productId?: string | null;
  locationId?: string | null;
  demandType?: string | null;
  demandId?: string | null;
  open?: boolean | null;
}

export const StockReservationWhere = builder.inputRef<StockReservationWhereValue>('StockReservationWhere').implement({
  description: 'Filter for stock reservations. All given conditions must hold.',
  fields: (t) => ({
    productId: t.id({ description: 'Only reservations of this product.' }),
    locationId: t.id({ description: 'Only reservations in this exact location.' }),
    demandType: t.string({ description: 'Only reservations for demands of this type (exact).' }),
    demandId: t.string({ description: 'Only reservations for the demand with this id (exact).' }),
    open: t.boolean({
      description:
        'true: only reservations with something still reserved; false: only fully released or consumed ones.',
    }),
  }),
});

const reservationFields = (
  t: PothosSchemaTypes.InputFieldBuilder<
    typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never,
    'InputObject'
  >,
) => ({
  productId: t.id({ required: true, description: 'The product (not a service; MOVING_AVERAGE costing).' }),
  locationId: t.id({ required: true, description: 'The warehouse location.' }),
  demand: t.field({
    type: DocumentReferenceInput,
    required: true,
    description: 'The demand (document type, id and optional line).',
  }),
});

export const StockReserveInput = builder.inputType('StockReserveInput', {
  description: 'Reserve available stock for a demand.',
  fields: (t) => ({
    ...reservationFields(t),
    quantity: t.field({
      type: 'Decimal',
      required: true,
      description:
        'Quantity above zero, at most 4 decimals, at most what is available unless the product allows negative stock.',
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const StockReleaseInput = builder.inputType('StockReleaseInput', {
  description: 'Release stock reserved for a demand.',
  fields: (t) => ({
    ...reservationFields(t),
    quantity: t.field({
      type: 'Decimal',
      description: 'Quantity to release, above zero, at most what is reserved (default: all of it).',
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const ConsumeDestination = builder.enumType('ConsumeDestination', {
  description: 'Where consumed reserved stock goes.',
  values: {
    CUSTOMER: { description: 'Shipped to a customer (the CUSTOMER location).' },
    PRODUCTION: { description: 'Used in production (the PRODUCTION location).' },
  } as const,
});

export const StockConsumeInput = builder.inputType('StockConsumeInput', {
  description: 'Issue reserved stock for its demand (on shipment or on issue to production).',
  fields: (t) => ({
    ...reservationFields(t),
    quantity: t.field({
      type: 'Decimal',
      required: true,
      description: 'Quantity above zero, at most 4 decimals, at most what is reserved for the demand.',
    }),
    destination: t.field({ type: ConsumeDestination, description: 'Where the goods go (default CUSTOMER).' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});
