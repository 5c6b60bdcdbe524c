import { builder } from '../builder.js';
import { enumFilter } from '../filters.js';
import { INVENTORY_READERS } from './inventory.js';
import { EXPECTED_VERSION_DESCRIPTION } from './inputs.js';
import { IDEMPOTENCY_DESCRIPTION } from '../payloads.js';

export const CycleCountStateEnum = builder.enumType('CycleCountState', {
  description: 'Lifecycle of a cycle count.',
  values: {
    OPEN: { description: 'Counts can be recorded.' },
    POSTED: { description: 'The differences were posted as adjustment moves; final.' },
    CANCELLED: { description: 'Called off without adjusting anything; final.' },
  } as const,
});

export const CycleCountLineObject = builder.prismaObject('CycleCountLine', {
  select: { id: true },
  description: 'One product in one location of a count sheet.',
  fields: (t) => ({
    product: t.relation('product', { description: 'The product.' }),
    location: t.relation('location', { description: 'The location (the counted location or one of its bins).' }),
    expectedQuantity: t.expose('expectedQuantity', {
      type: 'Decimal',
      description: 'On hand when the sheet was opened (or when a found product was first recorded).',
    }),
    countedQuantity: t.expose('countedQuantity', {
      type: 'Decimal',
      nullable: true,
      description: 'What was counted; null until recorded.',
    }),
    postedDifference: t.expose('postedDifference', {
      type: 'Decimal',
      nullable: true,
      description:
        'Counted minus on hand at posting: the adjustment posted (positive found, negative lost); null until posted or when not counted.',
    }),
  }),
});

export const CycleCountNode = builder.prismaNode('CycleCount', {
  select: { id: true },
  description:
    'A count sheet for a warehouse location and its bins. Needs WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING to read.',
  id: { field: 'id' },
  nullable: true,
  authScopes: { anyRole: INVENTORY_READERS },
  fields: (t) => ({
    location: t.relation('location', { description: 'The counted location (with its bins).' }),
    state: t.expose('state', { type: CycleCountStateEnum, description: 'Open, posted or cancelled.' }),
    note: t.exposeString('note', { nullable: true, description: 'Free text.' }),
    lines: t.relation('lines', {
      description: "The sheet's lines, by location then product.",
      query: () => ({
        orderBy: [{ locationId: 'asc' as const }, { productId: 'asc' as const }, { id: 'asc' as const }],
      }),
    }),
    version: t.exposeInt('version', {
      description:
        "Increases with every change; send it as expectedVersion to avoid overwriting someone else's change.",
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the sheet was opened.' }),
    postedAt: t.expose('postedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was posted; null unless POSTED.',
    }),
  }),
});

export const CycleCountStateFilter = enumFilter('CycleCountStateFilter', CycleCountStateEnum, 'the cycle count state');

export interface CycleCountWhereValue {
  state?: { equals?: 'OPEN' | 'POSTED' | 'CANCELLED' | null; in?: ('OPEN' | 'POSTED' | 'CANCELLED')[] | null } | null;
  locationId?: string | null;
}

export const CycleCountWhere = builder.inputRef<CycleCountWhereValue>('CycleCountWhere').implement({
  description: 'Filter for cycle counts. All given conditions must hold.',
  fields: (t) => ({
    state: t.field({ type: CycleCountStateFilter, description: 'Conditions on the state.' }),
    locationId: t.id({ description: 'Only sheets of this counted location.' }),
  }),
});

export const CycleCountCreateInput = builder.inputType('CycleCountCreateInput', {
  description: 'Opens a count sheet for a warehouse location and its bins, with a line per product in stock there.',
  fields: (t) => ({
    locationId: t.id({ required: true, description: 'The warehouse location to count (its bins are included).' }),
    note: t.string({ description: 'Free text, at most 500 characters.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const CycleCountEntryInput = builder.inputType('CycleCountEntryInput', {
  description: 'One counted quantity.',
  fields: (t) => ({
    productId: t.id({ required: true, description: 'The product counted.' }),
    locationId: t.id({ required: true, description: 'Where: the counted location or one of its bins.' }),
    countedQuantity: t.field({
      type: 'Decimal',
      required: true,
      description: 'Quantity counted, zero or more, at most 4 decimals.',
    }),
  }),
});

export const CycleCountRecordInput = builder.inputType('CycleCountRecordInput', {
  description:
    'Counted quantities for an open sheet; a later count of the same product and location replaces the earlier one.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The cycle count.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    counts: t.field({ type: [CycleCountEntryInput], required: true, description: 'The counts (at least one).' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const CycleCountStateInput = builder.inputType('CycleCountStateInput', {
  description: 'Identifies a cycle count to post or cancel.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The cycle count.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});
