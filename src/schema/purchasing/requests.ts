import { PURCHASE_REQUEST_ERROR_CODES } from '../../domain/purchasing/index.js';
import type { Actor } from '../../platform/actor.js';
import { builder } from '../builder.js';
import { enumFilter } from '../filters.js';
import { DateFilter, type DateRangeValue } from '../ledger/ledger.js';
import { OrderDirection } from '../ordering.js';
import { domainErrorType, IDEMPOTENCY_DESCRIPTION } from '../payloads.js';
import { PURCHASE_READERS } from './orders.js';
import { Money, money } from '../scalars.js';

// Purchase requests: PURCHASING (and ADMIN) see all; any other key linked to an employee sees the
// requests that employee asked for and those they approve or approved.

const NOBODY = '00000000-0000-0000-0000-000000000000';
const BUYERS = { anyRole: ['PURCHASING' as const] };

export function visiblePurchaseRequests(actor: Actor | null): object {
  if (!actor) return { id: NOBODY };
  if (actor.roles.some((role) => role === 'ADMIN' || role === 'PURCHASING')) return {};
  if (!actor.employeeId) return { id: NOBODY };
  const me = actor.employeeId;
  return {
    OR: [
      { requesterId: me },
      { approvalRequest: { is: { assignees: { some: { OR: [{ employeeId: me }, { onBehalfOfId: me }] } } } } },
    ],
  };
}

export const PurchaseRequestError = domainErrorType('PurchaseRequest', PURCHASE_REQUEST_ERROR_CODES);

export const PurchaseRequestStatusEnum = builder.enumType('PurchaseRequestStatus', {
  description: 'Where a purchase request is in its life.',
  values: {
    DRAFT: {
      description: 'Being written (or returned for changes by an approver); lines may change; may be submitted.',
    },
    PENDING_APPROVAL: { description: 'Submitted; its approval (subject PURCHASE_REQUEST) waits for the approvers.' },
    APPROVED: {
      description: 'Approved (or no approval policy applied); purchasing may convert it into purchase orders.',
    },
    REJECTED: { description: 'An approver rejected it; final.' },
    CANCELLED: { description: 'Cancelled (a pending one by withdrawing its approval); final.' },
    CONVERTED: { description: 'Turned into draft purchase orders; final.' },
  } as const,
});

builder.prismaObject('PurchaseRequestLine', {
  select: { id: true },
  description: 'One product a purchase request asks for.',
  authScopes: { authenticated: true },
  fields: (t) => ({
    lineNo: t.exposeInt('lineNo', { description: 'Position in the request, from 1.' }),
    product: t.relation('product', {
      description: 'The product asked for. Needs a role that reads products (productSku and productName need none).',
    }),
    productSku: t.string({
      description: "The product's SKU, readable by everyone who sees the request.",
      select: { product: { select: { sku: true } } },
      resolve: (line) => line.product.sku,
    }),
    productName: t.string({
      description: "The product's name, readable by everyone who sees the request.",
      select: { product: { select: { name: true } } },
      resolve: (line) => line.product.name,
    }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'What exactly; the purchase order line uses the product name when empty.',
    }),
    quantity: t.expose('quantity', { type: 'Decimal', description: 'Quantity asked for.' }),
    neededBy: t.expose('neededBy', {
      type: 'Date',
      description: 'When the goods are needed; the expected date of the purchase order line.',
    }),
    preferredSupplier: t.relation('preferredSupplier', {
      nullable: true,
      description:
        'The supplier asked for; null lets purchasing buy from the supplier with the best price. Needs PURCHASING or ACCOUNTING to read.',
    }),
    preferredSupplierName: t.string({
      nullable: true,
      description: "The preferred supplier's name, readable by everyone who sees the request.",
      select: { preferredSupplier: { select: { name: true } } },
      resolve: (line) => line.preferredSupplier?.name ?? null,
    }),
    estimatedUnitPrice: t.field({
      type: Money,
      description:
        'Estimated price per unit: as given, or the best supplier price for the quantity when the line was last written.',
      select: { estimatedUnitPrice: true, currency: true },
      resolve: (line) => money(line.estimatedUnitPrice, line.currency.trim())!,
    }),
    estimatedTotal: t.field({
      type: Money,
      description:
        'quantity x estimated unit price in the base currency (at the exchange rate of the day the line was written), rounded half-up.',
      select: { estimatedTotal: true, request: { select: { currency: true } } },
      resolve: (line) => money(line.estimatedTotal, line.request.currency.trim())!,
    }),
    purchaseOrderLines: t.relation('purchaseOrderLines', {
      description:
        'The purchase order line that orders this line once the request is converted (at most one). Needs PURCHASING, ACCOUNTING or WAREHOUSE.',
      authScopes: { anyRole: PURCHASE_READERS },
    }),
  }),
});

builder.prismaNode('PurchaseRequest', {
  select: { id: true },
  description:
    "An employee's request to buy products, approved through the approvals engine (subject PURCHASE_REQUEST) and converted by purchasing into draft purchase orders. Visible to PURCHASING, ADMIN, the requester and its approvers.",
  id: { field: 'id' },
  nullable: true,
  authScopes: { authenticated: true },
  findUnique: (id, ctx) => ({ id, ...visiblePurchaseRequests(ctx.actor) }) as never,
  fields: (t) => ({
    number: t.exposeString('number', {
      description:
        'PR-00001: unique per organization and increasing in creation order; a create that failed after taking its number leaves a gap.',
    }),
    requester: t.relation('requester', { description: 'The employee asking.' }),
    description: t.exposeString('description', { description: 'What is asked for and why.' }),
    notes: t.exposeString('notes', { nullable: true, description: 'Free text.' }),
    status: t.expose('status', {
      type: PurchaseRequestStatusEnum,
      description: 'Draft, pending approval, approved, converted, or how it ended.',
    }),
    estimatedTotal: t.field({
      type: Money,
      description: "Sum of the lines' estimated totals in the base currency: the AMOUNT approval policies test.",
      select: { estimatedTotal: true, currency: true },
      resolve: (request) => money(request.estimatedTotal, request.currency.trim())!,
    }),
    lines: t.relation('lines', {
      description: 'The lines, in order.',
      query: () => ({ orderBy: { lineNo: 'asc' as const } }),
    }),
    approvalRequest: t.relation('approvalRequest', {
      nullable: true,
      description:
        'Its approval in the approvals engine, with steps and history; null before submission and when no approval policy applied.',
    }),
    approvedWithoutPolicy: t.exposeBoolean('approvedWithoutPolicy', {
      description: 'True when it was approved at submission because no approval policy (or no rule of it) applied.',
    }),
    purchaseOrders: t.relation('purchaseOrders', {
      description:
        'The draft purchase orders it was converted into, one per supplier and currency. Needs PURCHASING, ACCOUNTING or WAREHOUSE.',
      authScopes: { anyRole: PURCHASE_READERS },
      query: () => ({ orderBy: [{ number: 'asc' as const }] }),
    }),
    submittedAt: t.expose('submittedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was last submitted.',
    }),
    approvedAt: t.expose('approvedAt', { type: 'DateTime', nullable: true, description: 'When it was approved.' }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true, description: 'When it was cancelled.' }),
    convertedAt: t.expose('convertedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was converted into purchase orders.',
    }),
    version: t.exposeInt('version', { description: 'Increases with every change; send it as expectedVersion.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

builder.prismaObjectFields('PurchaseOrder', (t) => ({
  purchaseRequest: t.relation('purchaseRequest', {
    nullable: true,
    description: 'The purchase request this order was converted from, if any. Needs PURCHASING.',
    authScopes: BUYERS,
  }),
}));

builder.prismaObjectFields('PurchaseOrderLine', (t) => ({
  purchaseRequestLine: t.relation('purchaseRequestLine', {
    nullable: true,
    description:
      'The purchase request line this line orders, if any (kept while the line keeps its number and product). Needs PURCHASING.',
    authScopes: BUYERS,
  }),
}));

export interface PurchaseRequestWhereValue {
  status?: {
    equals?: typeof PurchaseRequestStatusEnum.$inferType | null;
    in?: (typeof PurchaseRequestStatusEnum.$inferType)[] | null;
  } | null;
  requesterId?: string | null;
  number?: string | null;
  createdDate?: DateRangeValue | null;
}

export const PurchaseRequestWhere = builder.inputRef<PurchaseRequestWhereValue>('PurchaseRequestWhere').implement({
  description: 'Filter for purchase requests. All given conditions must hold.',
  fields: (t) => ({
    status: t.field({
      type: enumFilter('PurchaseRequestStatusFilter', PurchaseRequestStatusEnum, "a purchase request's status"),
      description: 'Conditions on the status.',
    }),
    requesterId: t.id({ description: "Only this employee's requests (the employee's global ID)." }),
    number: t.string({ description: 'Exactly this number.' }),
    createdDate: t.field({
      type: DateFilter,
      description: 'Conditions on the calendar day (UTC) the request was created.',
    }),
  }),
});

export const PurchaseRequestOrderField = builder.enumType('PurchaseRequestOrderField', {
  description: 'Fields purchase requests can be sorted by.',
  values: {
    CREATED_AT: { description: 'Creation time.' },
    NUMBER: { description: 'Request number.' },
    ESTIMATED_TOTAL: { description: 'Estimated total in the base currency.' },
  } as const,
});

export const PURCHASE_REQUEST_ORDER_COLUMNS = {
  CREATED_AT: 'createdAt',
  NUMBER: 'number',
  ESTIMATED_TOTAL: 'estimatedTotal',
} as const;

export const PurchaseRequestOrderBy = builder.inputType('PurchaseRequestOrderBy', {
  description: 'One sort key for purchase requests. Ties are always broken by id, so pages are stable.',
  fields: (t) => ({
    field: t.field({ type: PurchaseRequestOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, defaultValue: 'ASC', description: 'Sort direction (default ASC).' }),
  }),
});

export const PurchaseRequestLineInput = builder.inputType('PurchaseRequestLineInput', {
  description: 'A product to ask for.',
  fields: (t) => ({
    productId: t.id({ required: true, description: 'The product; must be active.' }),
    description: t.string({ description: 'What exactly, at most 500 characters.' }),
    quantity: t.field({ type: 'Decimal', required: true, description: 'Quantity above zero, at most 4 decimals.' }),
    neededBy: t.field({ type: 'Date', required: true, description: 'When the goods are needed; today or later.' }),
    preferredSupplierId: t.id({
      description:
        'The supplier to buy from; must be active. Left out: purchasing buys from the supplier with the best price.',
    }),
    estimatedUnitPrice: t.field({
      type: 'Decimal',
      description:
        'Estimated price per unit, at most 6 decimals. Left out: the best price an active supplier (the preferred one, when given) has for the quantity, compared in the base currency.',
    }),
    currency: t.field({
      type: 'CurrencyCode',
      description:
        'Currency of estimatedUnitPrice (default: the base currency); needs an exchange rate on or before today.',
    }),
  }),
});

export const PurchaseRequestCreateInput = builder.inputType('PurchaseRequestCreateInput', {
  description: 'A new purchase request (a draft; submit it with purchaseRequestSubmit).',
  fields: (t) => ({
    requesterId: t.id({
      description:
        'Who asks (default: the employee your key is linked to). Someone else, or a key without an employee, needs PURCHASING.',
    }),
    description: t.string({ required: true, description: 'What is asked for and why, at most 500 characters.' }),
    notes: t.string({ description: 'Free text, at most 2000 characters.' }),
    lines: t.field({ type: [PurchaseRequestLineInput], required: true, description: 'The products, 1 to 100.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const PurchaseRequestUpdateInput = builder.inputType('PurchaseRequestUpdateInput', {
  description: 'New description, notes and lines of a draft purchase request; they replace the old ones.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The draft request.' }),
    expectedVersion: t.int({ description: 'The version you last read; STALE_VERSION when it changed since.' }),
    description: t.string({ required: true, description: 'What is asked for and why, at most 500 characters.' }),
    notes: t.string({ description: 'Free text, at most 2000 characters.' }),
    lines: t.field({ type: [PurchaseRequestLineInput], required: true, description: 'The products, 1 to 100.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const PurchaseRequestActionInput = builder.inputType('PurchaseRequestActionInput', {
  description: 'Identifies a purchase request to submit or cancel.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The request.' }),
    expectedVersion: t.int({ description: 'The version you last read; STALE_VERSION when it changed since.' }),
    comment: t.string({
      description: 'Comment for the approval history (submitting, or withdrawing a pending approval).',
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const PurchaseRequestConvertInput = builder.inputType('PurchaseRequestConvertInput', {
  description: 'Identifies an approved purchase request to convert into purchase orders.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The approved request.' }),
    expectedVersion: t.int({ description: 'The version you last read; STALE_VERSION when it changed since.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});
