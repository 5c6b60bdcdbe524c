import { builder } from '../builder.js';
import { CostingMethodEnum, LotSizeRuleEnum, ProcurementMethodEnum, ProductTypeEnum } from './inventory.js';
import { IDEMPOTENCY_DESCRIPTION } from '../payloads.js';

export const EXPECTED_VERSION_DESCRIPTION =
  'The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned.';

type InputFields = PothosSchemaTypes.InputFieldBuilder<
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never,
  'InputObject'
>;

/** The writable product fields other than sku and name; `creating` decides which defaults and clearing rules the descriptions state. */
function productFields(t: InputFields, creating: boolean) {
  const clears = creating ? '' : ' null clears it.';
  const resets = creating ? ' (default 0)' : '; null resets it to 0';
  const fixed = (what: string, byDefault: string) =>
    creating ? `${what} (default ${byDefault}).` : `${what}. Cannot be cleared.`;
  return {
    description: t.string({ description: `Longer description, at most 4000 characters.${clears}` }),
    type: t.field({ type: ProductTypeEnum, description: fixed('Stocked, consumable or service', 'STOCKED') }),
    unitOfMeasure: t.string({ description: fixed('Unit of measure, at most 20 characters', 'EA') }),
    procurement: t.field({ type: ProcurementMethodEnum, description: fixed('Bought or made', 'BUY') }),
    costingMethod: t.field({ type: CostingMethodEnum, description: fixed('Costing method', 'MOVING_AVERAGE') }),
    listPrice: t.field({
      type: 'Decimal',
      description: `Sales price per unit in the base currency, zero or more, at most 6 decimals.${clears}`,
    }),
    standardCost: t.field({
      type: 'Decimal',
      description: `Planned cost per unit in the base currency, zero or more, at most 6 decimals.${clears}`,
    }),
    barcode: t.string({ description: `Barcode, at most 64 characters, unique in the organization.${clears}` }),
    categoryId: t.id({ description: `Category of the product.${clears}` }),
    allowNegativeStock: t.boolean({ description: fixed('Whether issues may take on-hand below zero', 'false') }),
    leadTimeDays: t.int({ description: `Lead time in days, 0 to 3650${resets}.` }),
    safetyStock: t.field({ type: 'Decimal', description: `Safety stock, zero or more, at most 4 decimals${resets}.` }),
    reorderPoint: t.field({
      type: 'Decimal',
      description: `Reorder point, zero or more, at most 4 decimals${resets}.`,
    }),
    minOrderQuantity: t.field({
      type: 'Decimal',
      description: `Minimum order quantity, zero or more, at most 4 decimals${resets}.`,
    }),
    orderMultiple: t.field({
      type: 'Decimal',
      description: `Order multiple, zero or more, at most 4 decimals${resets}.`,
    }),
    lotSizeRule: t.field({
      type: LotSizeRuleEnum,
      description: creating
        ? 'Lot-size rule (default LOT_FOR_LOT). Every rule but LOT_FOR_LOT needs lotSizeQuantity.'
        : 'Lot-size rule. Every rule but LOT_FOR_LOT needs lotSizeQuantity; switching to LOT_FOR_LOT clears it. Cannot be cleared.',
    }),
    lotSizeQuantity: t.field({
      type: 'Decimal',
      description: `Quantity for the lot-size rule, above zero, at most 4 decimals.${clears}`,
    }),
  };
}

export const ProductCreateInput = builder.inputType('ProductCreateInput', {
  description: 'A new product.',
  fields: (t) => ({
    sku: t.string({
      required: true,
      description: 'SKU, unique in the organization ignoring case; letters, digits, ".", "_", "/", "-", at most 64.',
    }),
    name: t.string({ required: true, description: 'Display name, at most 200 characters.' }),
    ...productFields(t, true),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const ProductUpdateInput = builder.inputType('ProductUpdateInput', {
  description: 'Changes to a product. Omitted fields stay as they are; null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The product to change.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    sku: t.string({ description: 'New SKU, unique in the organization ignoring case. Cannot be cleared.' }),
    name: t.string({ description: 'Display name, at most 200 characters. Cannot be cleared.' }),
    ...productFields(t, false),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const ProductStateInput = builder.inputType('ProductStateInput', {
  description: 'Identifies a product for deactivate, activate or delete.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The product.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const ProductCategoryCreateInput = builder.inputType('ProductCategoryCreateInput', {
  description: 'A new product category.',
  fields: (t) => ({
    name: t.string({
      required: true,
      description: 'Name, at most 100 characters, unique among its siblings ignoring case.',
    }),
    parentId: t.id({ description: 'The category to put it under; omit for a top-level category.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const ProductCategoryUpdateInput = builder.inputType('ProductCategoryUpdateInput', {
  description: 'Renames or moves a product category. Omitted fields stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The category to change.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    name: t.string({ description: 'New name. Cannot be cleared.' }),
    parentId: t.id({
      description:
        'New parent; null moves the category to the top. It cannot move under itself or a descendant (CATEGORY_CYCLE).',
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const ProductCategoryDeleteInput = builder.inputType('ProductCategoryDeleteInput', {
  description: 'Identifies a product category to delete.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The category.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const WarehouseCreateInput = builder.inputType('WarehouseCreateInput', {
  description: 'A new warehouse; its root stock location (code STOCK) is created with it.',
  fields: (t) => ({
    code: t.string({
      required: true,
      description: 'Code, unique in the organization ignoring case; letters, digits, ".", "_", "/", "-", at most 16.',
    }),
    name: t.string({ required: true, description: 'Display name, at most 200 characters.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const WarehouseUpdateInput = builder.inputType('WarehouseUpdateInput', {
  description: 'Changes to a warehouse. Omitted fields stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The warehouse to change.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    code: t.string({ description: 'New code, unique in the organization ignoring case. Cannot be cleared.' }),
    name: t.string({ description: 'New display name. Cannot be cleared.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const WarehouseDeleteInput = builder.inputType('WarehouseDeleteInput', {
  description: 'Identifies a warehouse to delete.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The warehouse.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const LocationCreateInput = builder.inputType('LocationCreateInput', {
  description: 'A new bin under a warehouse location.',
  fields: (t) => ({
    parentId: t.id({ required: true, description: 'The warehouse location (root or bin) to create the bin under.' }),
    code: t.string({
      required: true,
      description: 'Code, unique within the warehouse ignoring case; letters, digits, ".", "_", "/", "-", at most 32.',
    }),
    name: t.string({ description: 'Display name, at most 200 characters (default: the code).' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const LocationUpdateInput = builder.inputType('LocationUpdateInput', {
  description:
    'Renames a bin or moves it (with the bins below it) within its warehouse. Omitted fields stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The location to change (not a virtual location).' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    code: t.string({ description: 'New code, unique within the warehouse ignoring case. Cannot be cleared.' }),
    name: t.string({ description: 'New display name. Cannot be cleared.' }),
    parentId: t.id({
      description:
        'New parent in the same warehouse (not the location itself or a bin below it). Root locations cannot move.',
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const LocationDeleteInput = builder.inputType('LocationDeleteInput', {
  description: 'Identifies a bin to delete.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The bin.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const DocumentReferenceInput = builder.inputType('DocumentReferenceInput', {
  description: 'The document a stock operation or reservation belongs to.',
  fields: (t) => ({
    type: t.string({
      required: true,
      description: 'Kind of document, at most 50 characters (for example SALES_ORDER, WORK_ORDER, RECEIPT).',
    }),
    id: t.string({ required: true, description: "The document's identifier, at most 100 characters." }),
    line: t.string({ description: 'The line within the document, at most 50 characters.' }),
  }),
});

const QUANTITY = "Quantity above zero in the product's unit of measure, at most 4 decimals.";

export const StockReceiveInput = builder.inputType('StockReceiveInput', {
  description: 'Goods received from a supplier into a warehouse location.',
  fields: (t) => ({
    productId: t.id({ required: true, description: 'The product (not a service; MOVING_AVERAGE costing).' }),
    locationId: t.id({ required: true, description: 'The warehouse location receiving the goods.' }),
    quantity: t.field({ type: 'Decimal', required: true, description: QUANTITY }),
    unitCost: t.field({
      type: 'Decimal',
      required: true,
      description:
        'Cost per unit in the base currency, zero or more, at most 6 decimals; recomputes the moving average.',
    }),
    reference: t.field({
      type: DocumentReferenceInput,
      description: 'The source document (a purchase order line, a delivery note, ...).',
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const StockIssueInput = builder.inputType('StockIssueInput', {
  description: 'Goods issued (shipped) from a warehouse location to a customer.',
  fields: (t) => ({
    productId: t.id({ required: true, description: 'The product.' }),
    locationId: t.id({ required: true, description: 'The warehouse location the goods leave.' }),
    quantity: t.field({
      type: 'Decimal',
      required: true,
      description: `${QUANTITY} At most the available quantity unless the product allows negative stock.`,
    }),
    reference: t.field({
      type: DocumentReferenceInput,
      description: 'The source document (a delivery, a sales order line, ...).',
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const StockTransferInput = builder.inputType('StockTransferInput', {
  description: 'Goods moved between two warehouse locations (in one warehouse or between warehouses).',
  fields: (t) => ({
    productId: t.id({ required: true, description: 'The product.' }),
    fromLocationId: t.id({ required: true, description: 'The warehouse location the goods leave.' }),
    toLocationId: t.id({
      required: true,
      description: 'The warehouse location the goods go to; must differ from fromLocationId.',
    }),
    quantity: t.field({
      type: 'Decimal',
      required: true,
      description: `${QUANTITY} At most the available quantity unless the product allows negative stock.`,
    }),
    reference: t.field({ type: DocumentReferenceInput, description: 'The source document, if any.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const StockAdjustInput = builder.inputType('StockAdjustInput', {
  description: 'A correction of on hand in a warehouse location, with a reason.',
  fields: (t) => ({
    productId: t.id({ required: true, description: 'The product.' }),
    locationId: t.id({ required: true, description: 'The warehouse location.' }),
    quantity: t.field({
      type: 'Decimal',
      required: true,
      description:
        'Signed change of on hand, not zero, at most 4 decimals: positive for stock found, negative for stock lost.',
    }),
    reason: t.string({ required: true, description: 'Why, at most 500 characters.' }),
    unitCost: t.field({
      type: 'Decimal',
      description:
        'Cost per unit of found stock in the base currency (default: the current average cost). Not allowed with a negative quantity.',
    }),
    reference: t.field({ type: DocumentReferenceInput, description: 'The source document, if any.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const StockScrapInput = builder.inputType('StockScrapInput', {
  description: 'Goods written off from a warehouse location to scrap.',
  fields: (t) => ({
    productId: t.id({ required: true, description: 'The product.' }),
    locationId: t.id({ required: true, description: 'The warehouse location the goods leave.' }),
    quantity: t.field({
      type: 'Decimal',
      required: true,
      description: `${QUANTITY} At most the available quantity unless the product allows negative stock.`,
    }),
    reason: t.string({ description: 'Why, at most 500 characters.' }),
    reference: t.field({ type: DocumentReferenceInput, description: 'The source document, if any.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});
