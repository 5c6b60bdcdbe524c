import { builder } from '../builder.js';
import { DateTimeFilter, enumFilter } from '../filters.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { INVENTORY_READERS, LocationNode, ProductNode } from './inventory.js';

export const StockMoveStateEnum = builder.enumType('StockMoveState', {
  description: 'Lifecycle of a stock move. DONE moves are never changed or deleted; corrections are new moves.',
  values: {
    DRAFT: { description: 'Planned; does not affect stock yet.' },
    DONE: { description: 'Took effect: stock levels changed in the same transaction.' },
    CANCELLED: { description: 'Planned but called off; never affected stock.' },
  } as const,
});

export const StockMoveKindEnum = builder.enumType('StockMoveKind', {
  description: 'The operation a stock move belongs to.',
  values: {
    RECEIPT: { description: 'From the SUPPLIER location into a warehouse location (stockReceive).' },
    ISSUE: { description: 'From a warehouse location to the CUSTOMER location (stockIssue).' },
    TRANSFER: { description: 'Between two warehouse locations (stockTransfer).' },
    ADJUSTMENT: {
      description: 'Between the ADJUSTMENT location and a warehouse location (stockAdjust, cycle counts).',
    },
    SCRAP: { description: 'From a warehouse location to the SCRAP location (stockScrap).' },
  } as const,
});

export const DocumentReferenceType = builder
  .objectRef<{ type: string; id: string; line: string | null }>('DocumentReference')
  .implement({
    description:
      'The document a stock move or reservation belongs to (a sales order line, a work order component, a receipt, ...).',
    fields: (t) => ({
      type: t.exposeString('type', {
        description: 'Kind of document, as the calling domain names it (for example SALES_ORDER).',
      }),
      id: t.exposeString('id', { description: "The document's identifier." }),
      line: t.exposeString('line', {
        nullable: true,
        description: 'The line within the document; null when the whole document is meant.',
      }),
    }),
  });

export const StockLevelObject = builder.prismaObject('StockLevel', {
  select: { id: true },
  description:
    'Stock of one product in one warehouse location, maintained in the same transaction as the moves. Needs WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING.',
  authScopes: { anyRole: INVENTORY_READERS },
  fields: (t) => ({
    product: t.relation('product', { description: 'The product.' }),
    location: t.relation('location', { description: 'The warehouse location.' }),
    onHand: t.expose('onHand', {
      type: 'Decimal',
      description:
        "Physically there, in the product's unit of measure (negative only for products that allow negative stock).",
    }),
    reserved: t.expose('reserved', {
      type: 'Decimal',
      description: 'Promised to demand documents (reservations), not yet issued.',
    }),
    available: t.field({
      type: 'Decimal',
      description: 'On hand minus reserved: what new issues and reservations may take.',
      select: { onHand: true, reserved: true },
      resolve: (level) => level.onHand.minus(level.reserved),
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'Last change of the quantities.' }),
  }),
});

export const StockMoveNode = builder.prismaNode('StockMove', {
  select: { id: true },
  description:
    'One entry of the append-only stock ledger: a quantity of a product from one location to another. Needs WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING.',
  id: { field: 'id' },
  nullable: true,
  authScopes: { anyRole: INVENTORY_READERS },
  fields: (t) => ({
    product: t.relation('product', { description: 'The product moved.' }),
    quantity: t.expose('quantity', {
      type: 'Decimal',
      description: "Quantity moved, above zero, in the product's unit of measure.",
    }),
    fromLocation: t.relation('fromLocation', { description: 'Where the stock came from.' }),
    toLocation: t.relation('toLocation', { description: 'Where the stock went.' }),
    unitCost: t.expose('unitCost', {
      type: 'Decimal',
      description:
        "Cost per unit in the base currency: the receipt's (or found stock's) cost; for stock leaving or moving, value / quantity to 6 decimals.",
    }),
    value: t.expose('value', {
      type: 'Decimal',
      description:
        "Value moved, in the organization's base currency, rounded half-up to its minor unit. Receipts and increases: quantity × unitCost. Stock leaving: its share of the product's stock value (moving average: stock value × quantity / on hand, all of it when it takes all on hand; FIFO: the oldest cost layers first). Transfers: the share carried between locations. The valuation is the signed sum of these values.",
    }),
    journalEntry: t.relation('journalEntry', {
      nullable: true,
      description:
        'The ledger entry that posted the value, in the stock journal STK dated the move\'s UTC day: the move\'s own (source StockMove / this id / "valuation"), or for the moves of a shipment or a sales return the one entry of that document (source Shipment / id / "cogs", SalesReturn / id / "valuation"), which all its moves name. Null for transfers and zero values. Reading it needs ACCOUNTING.',
    }),
    kind: t.expose('kind', { type: StockMoveKindEnum, description: 'The operation.' }),
    state: t.expose('state', { type: StockMoveStateEnum, description: 'Draft, done or cancelled.' }),
    reason: t.exposeString('reason', { nullable: true, description: 'Why (required for adjustments).' }),
    reference: t.field({
      type: DocumentReferenceType,
      nullable: true,
      description: 'The source document; null when none was given.',
      select: { sourceType: true, sourceId: true, sourceLine: true },
      resolve: (move) =>
        move.sourceType && move.sourceId ? { type: move.sourceType, id: move.sourceId, line: move.sourceLine } : null,
    }),
    doneAt: t.expose('doneAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the move took effect; null unless DONE.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the move was recorded.' }),
  }),
});

builder.prismaObjectFields('Product', (t) => ({
  averageCost: t.expose('averageCost', {
    type: 'Decimal',
    description:
      'Cost per unit in the base currency: stock value / on hand (6 decimals), kept as the last one while nothing is on hand.',
  }),
  stockValue: t.expose('stockValue', {
    type: 'Decimal',
    description:
      "Value of all the product's stock in the base currency (its minor unit): the signed sum of its moves' values.",
  }),
  stockLevels: t.relation('stockLevels', {
    description: 'Stock of the product in each warehouse location that ever held it, by location.',
    query: () => ({ orderBy: [{ locationId: 'asc' as const }, { id: 'asc' as const }] }),
  }),
}));

builder.prismaObjectFields('Location', (t) => ({
  stockLevels: t.relation('stockLevels', {
    description:
      'Stock of each product in this location itself (not its bins; use stockLevels(where: { within }) for the subtree).',
    query: () => ({ orderBy: [{ productId: 'asc' as const }, { id: 'asc' as const }] }),
  }),
}));

export interface StockLevelWhereValue {
  productId?: string | null;
  locationId?: string | null;
  within?: string | null;
  warehouseId?: string | null;
  nonZero?: boolean | null;
}

export const StockLevelWhere = builder.inputRef<StockLevelWhereValue>('StockLevelWhere').implement({
  description: 'Filter for stock levels. All given conditions must hold.',
  fields: (t) => ({
    productId: t.id({ description: 'Only this product (stock by product across locations).' }),
    locationId: t.id({ description: 'Only this exact location.' }),
    within: t.id({
      description: 'Only this location and every bin below it (stock by location, including child bins).',
    }),
    warehouseId: t.id({ description: 'Only locations of this warehouse.' }),
    nonZero: t.boolean({ description: 'true: only levels with something on hand or reserved.' }),
  }),
});

export const StockMoveKindFilter = enumFilter('StockMoveKindFilter', StockMoveKindEnum, 'the kind of operation');
export const StockMoveStateFilter = enumFilter('StockMoveStateFilter', StockMoveStateEnum, 'the move state');

type Kind = 'RECEIPT' | 'ISSUE' | 'TRANSFER' | 'ADJUSTMENT' | 'SCRAP';
type State = 'DRAFT' | 'DONE' | 'CANCELLED';

export interface StockMoveWhereValue {
  productId?: string | null;
  locationId?: string | null;
  kind?: { equals?: Kind | null; in?: Kind[] | null } | null;
  state?: { equals?: State | null; in?: State[] | null } | null;
  referenceType?: string | null;
  referenceId?: string | null;
  doneAt?: { equals?: Date | null; gt?: Date | null; gte?: Date | null; lt?: Date | null; lte?: Date | null } | null;
  AND?: StockMoveWhereValue[] | null;
  OR?: StockMoveWhereValue[] | null;
  NOT?: StockMoveWhereValue | null;
}

export const StockMoveWhere = builder.inputRef<StockMoveWhereValue>('StockMoveWhere').implement({
  description: 'Filter for stock moves. All given conditions must hold; use OR and NOT for alternatives.',
  fields: (t) => ({
    productId: t.id({ description: 'Only moves of this product.' }),
    locationId: t.id({ description: 'Only moves into or out of this exact location.' }),
    kind: t.field({ type: StockMoveKindFilter, description: 'Conditions on the operation.' }),
    state: t.field({ type: StockMoveStateFilter, description: 'Conditions on the state.' }),
    referenceType: t.string({ description: 'Only moves of source documents of this type (exact).' }),
    referenceId: t.string({ description: 'Only moves of the source document with this id (exact).' }),
    doneAt: t.field({ type: DateTimeFilter, description: 'Conditions on when the move took effect.' }),
    AND: t.field({ type: [StockMoveWhere], description: 'All of these filters hold.' }),
    OR: t.field({ type: [StockMoveWhere], description: 'At least one of these filters holds.' }),
    NOT: t.field({ type: StockMoveWhere, description: 'This filter does not hold.' }),
  }),
});

export interface StockQuantityValue {
  product: { id: string };
  location: { id: string };
  quantity: Prisma.Decimal;
}

export const StockQuantityType = builder.objectRef<StockQuantityValue>('StockQuantity').implement({
  description:
    'On hand of a product in a warehouse location at some moment, replayed from the stock moves (see stockAsOf).',
  fields: (t) => ({
    product: t.field({ type: ProductNode, description: 'The product.', resolve: (row) => row.product as never }),
    location: t.field({
      type: LocationNode,
      description: 'The warehouse location.',
      resolve: (row) => row.location as never,
    }),
    quantity: t.field({
      type: 'Decimal',
      description: "On hand at that moment, in the product's unit of measure.",
      resolve: (row) => row.quantity,
    }),
  }),
});
