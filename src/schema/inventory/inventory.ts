import type { Role } from '../../generated/prisma/enums.js';
import { INVENTORY_ERROR_CODES } from '../../domain/inventory/index.js';
import { builder } from '../builder.js';
import { DateTimeFilter, StringFilter, enumFilter } from '../filters.js';
import { OrderDirection } from '../ordering.js';
import { domainErrorType } from '../payloads.js';

/** Roles that may read products, categories, warehouses, locations and stock. */
export const INVENTORY_READERS: Role[] = ['WAREHOUSE', 'PURCHASING', 'SALES', 'PRODUCTION', 'ACCOUNTING'];
/** Roles that may change product master data (products, categories). */
export const PRODUCT_WRITERS: Role[] = ['WAREHOUSE', 'PURCHASING'];

export const InventoryError = domainErrorType('Inventory', INVENTORY_ERROR_CODES);

export const ProductTypeEnum = builder.enumType('ProductType', {
  description: 'How a product is handled in stock.',
  values: {
    STOCKED: { description: 'Kept in stock with on-hand quantities, reservations and valuation.' },
    CONSUMABLE: {
      description: 'A physical item that is moved but not valued as inventory (office supplies, small parts).',
    },
    SERVICE: { description: 'Not physical: never in stock.' },
  } as const,
});

export const ProcurementMethodEnum = builder.enumType('ProcurementMethod', {
  description: 'How replenishment obtains the product.',
  values: {
    BUY: { description: 'Bought from a supplier (purchase orders).' },
    MAKE: { description: 'Made in house (work orders from a bill of materials).' },
  } as const,
});

export const CostingMethodEnum = builder.enumType('CostingMethod', {
  description: 'How the cost of stock leaving the organization is determined.',
  values: {
    MOVING_AVERAGE: {
      description: 'Every receipt recomputes the average unit cost; issues are costed at the current average.',
    },
    FIFO: { description: "First in, first out: issues consume the oldest receipts' costs first." },
  } as const,
});

export const LotSizeRuleEnum = builder.enumType('LotSizeRule', {
  description: 'How planning rounds a net requirement into an order quantity (used by MRP and replenishment).',
  values: {
    LOT_FOR_LOT: { description: 'Order exactly the net requirement; takes no lot-size quantity.' },
    FIXED_QUANTITY: { description: 'Always order the lot-size quantity (several lots if needed).' },
    MULTIPLE_OF: { description: 'Round the requirement up to a multiple of the lot-size quantity.' },
    MINIMUM_QUANTITY: { description: 'Order the requirement, but at least the lot-size quantity.' },
  } as const,
});

export const ProductCategoryNode = builder.prismaNode('ProductCategory', {
  select: { id: true },
  description:
    'A node of the product category tree. Needs one of the roles WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING to read.',
  id: { field: 'id' },
  nullable: true,
  authScopes: { anyRole: INVENTORY_READERS },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name, unique among its siblings ignoring case.' }),
    parent: t.relation('parent', { nullable: true, description: 'The category this one sits under; null at the top.' }),
    children: t.relation('children', {
      description: 'Categories directly under this one, by name.',
      query: () => ({ orderBy: [{ name: 'asc' as const }, { id: 'asc' as const }] }),
    }),
    version: t.exposeInt('version', {
      description:
        "Increases with every change; send it as expectedVersion to avoid overwriting someone else's change.",
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the category was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the category last changed.' }),
  }),
});

export const ProductNode = builder.prismaNode('Product', {
  select: { id: true },
  description:
    'Something the organization buys, makes, stocks or sells. Needs one of the roles WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING to read.',
  id: { field: 'id' },
  nullable: true,
  authScopes: { anyRole: INVENTORY_READERS },
  fields: (t) => ({
    sku: t.exposeString('sku', {
      description: 'Stock keeping unit: the human key, unique in the organization ignoring case.',
    }),
    name: t.exposeString('name', { description: 'Display name.' }),
    description: t.exposeString('description', { nullable: true, description: 'Longer description.' }),
    type: t.expose('type', { type: ProductTypeEnum, description: 'Stocked, consumable or service.' }),
    unitOfMeasure: t.exposeString('unitOfMeasure', {
      description: 'Unit all quantities of the product are counted in (for example EA, KG, M).',
    }),
    procurement: t.expose('procurement', { type: ProcurementMethodEnum, description: 'Bought or made.' }),
    costingMethod: t.expose('costingMethod', { type: CostingMethodEnum, description: 'Moving average or FIFO.' }),
    listPrice: t.expose('listPrice', {
      type: 'Decimal',
      nullable: true,
      description: "Default sales price per unit, in the organization's base currency.",
    }),
    standardCost: t.expose('standardCost', {
      type: 'Decimal',
      nullable: true,
      description:
        'Planned cost per unit, in the base currency (for planning and variance; valuation uses the costing method).',
    }),
    barcode: t.exposeString('barcode', {
      nullable: true,
      description: 'Barcode (EAN, UPC, ...), unique in the organization when set.',
    }),
    category: t.relation('category', {
      nullable: true,
      description: 'The category the product belongs to; null when none.',
    }),
    isActive: t.exposeBoolean('isActive', { description: 'Inactive products stay readable but take no new business.' }),
    allowNegativeStock: t.exposeBoolean('allowNegativeStock', {
      description: 'When true, issues may take on-hand below zero; otherwise they are refused with INSUFFICIENT_STOCK.',
    }),
    leadTimeDays: t.exposeInt('leadTimeDays', {
      description: 'Days from ordering (or starting production) to availability.',
    }),
    safetyStock: t.expose('safetyStock', {
      type: 'Decimal',
      description: 'Quantity planning keeps in reserve, in the unit of measure.',
    }),
    reorderPoint: t.expose('reorderPoint', {
      type: 'Decimal',
      description: 'Replenish when available plus incoming falls below this quantity.',
    }),
    minOrderQuantity: t.expose('minOrderQuantity', {
      type: 'Decimal',
      description: 'Smallest quantity to order at once; 0 for no minimum.',
    }),
    orderMultiple: t.expose('orderMultiple', {
      type: 'Decimal',
      description: 'Order quantities are rounded up to a multiple of this; 0 for no rounding.',
    }),
    lotSizeRule: t.expose('lotSizeRule', { type: LotSizeRuleEnum, description: 'How planning sizes orders.' }),
    lotSizeQuantity: t.expose('lotSizeQuantity', {
      type: 'Decimal',
      nullable: true,
      description: 'The quantity the lot-size rule works with; null with LOT_FOR_LOT.',
    }),
    version: t.exposeInt('version', {
      description:
        "Increases with every change; send it as expectedVersion to avoid overwriting someone else's change.",
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the product was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the product last changed.' }),
  }),
});

export const ProductOrderField = builder.enumType('ProductOrderField', {
  description: 'Fields products can be sorted by.',
  values: {
    SKU: { description: 'SKU.' },
    NAME: { description: 'Display name.' },
    CREATED_AT: { description: 'Creation time.' },
    UPDATED_AT: { description: 'Last change.' },
  } as const,
});

export const PRODUCT_ORDER_COLUMNS = {
  SKU: 'sku',
  NAME: 'name',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
} as const;

export const ProductOrderBy = builder.inputType('ProductOrderBy', {
  description: 'One sort key for products. Ties are always broken by id, so pages are stable.',
  fields: (t) => ({
    field: t.field({ type: ProductOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, defaultValue: 'ASC', description: 'Sort direction (default ASC).' }),
  }),
});

export const ProductTypeFilter = enumFilter('ProductTypeFilter', ProductTypeEnum, 'the product type');

type StringFilterInput = typeof StringFilter.$inferInput;
type DateRange = { equals?: Date | null; gt?: Date | null; gte?: Date | null; lt?: Date | null; lte?: Date | null };

export interface ProductWhereValue {
  search?: string | null;
  sku?: StringFilterInput | null;
  name?: StringFilterInput | null;
  barcode?: StringFilterInput | null;
  type?: {
    equals?: 'STOCKED' | 'CONSUMABLE' | 'SERVICE' | null;
    in?: ('STOCKED' | 'CONSUMABLE' | 'SERVICE')[] | null;
  } | null;
  isActive?: boolean | null;
  categoryId?: string | null;
  createdAt?: DateRange | null;
  updatedAt?: DateRange | null;
  AND?: ProductWhereValue[] | null;
  OR?: ProductWhereValue[] | null;
  NOT?: ProductWhereValue | null;
}

export const ProductWhere = builder.inputRef<ProductWhereValue>('ProductWhere').implement({
  description: 'Filter for products. All given conditions must hold; use OR and NOT for alternatives.',
  fields: (t) => ({
    search: t.string({ description: 'Matches SKU, name or barcode containing this text, ignoring case.' }),
    sku: t.field({ type: StringFilter, description: 'Conditions on the SKU.' }),
    name: t.field({ type: StringFilter, description: 'Conditions on the name.' }),
    barcode: t.field({
      type: StringFilter,
      description: 'Conditions on the barcode (products without one never match).',
    }),
    type: t.field({ type: ProductTypeFilter, description: 'Conditions on the product type.' }),
    isActive: t.boolean({ description: 'Only active (true) or only inactive (false) products.' }),
    categoryId: t.id({ description: 'Only products directly in this category.' }),
    createdAt: t.field({ type: DateTimeFilter, description: 'Conditions on the creation time.' }),
    updatedAt: t.field({ type: DateTimeFilter, description: 'Conditions on the last change.' }),
    AND: t.field({ type: [ProductWhere], description: 'All of these filters hold.' }),
    OR: t.field({ type: [ProductWhere], description: 'At least one of these filters holds.' }),
    NOT: t.field({ type: ProductWhere, description: 'This filter does not hold.' }),
  }),
});

export interface ProductCategoryWhereValue {
  name?: StringFilterInput | null;
  parentId?: string | null;
  isTopLevel?: boolean | null;
  AND?: ProductCategoryWhereValue[] | null;
  OR?: ProductCategoryWhereValue[] | null;
  NOT?: ProductCategoryWhereValue | null;
}

export const ProductCategoryWhere = builder.inputRef<ProductCategoryWhereValue>('ProductCategoryWhere').implement({
  description: 'Filter for product categories. All given conditions must hold; use OR and NOT for alternatives.',
  fields: (t) => ({
    name: t.field({ type: StringFilter, description: 'Conditions on the name.' }),
    parentId: t.id({ description: 'Only categories directly under this one.' }),
    isTopLevel: t.boolean({
      description: 'Only top-level categories (true) or only categories with a parent (false).',
    }),
    AND: t.field({ type: [ProductCategoryWhere], description: 'All of these filters hold.' }),
    OR: t.field({ type: [ProductCategoryWhere], description: 'At least one of these filters holds.' }),
    NOT: t.field({ type: ProductCategoryWhere, description: 'This filter does not hold.' }),
  }),
});

export const LocationTypeEnum = builder.enumType('LocationType', {
  description:
    'What a location is. Only INTERNAL locations hold stock levels; the others are the virtual counterparts of moves.',
  values: {
    INTERNAL: { description: 'A place in a warehouse: its root stock location or a bin below it.' },
    SUPPLIER: { description: 'Virtual: where received goods come from.' },
    CUSTOMER: { description: 'Virtual: where issued (shipped) goods go.' },
    PRODUCTION: { description: 'Virtual: where components are consumed and finished goods come from.' },
    ADJUSTMENT: { description: 'Virtual: the counterpart of inventory adjustments and count differences.' },
    SCRAP: { description: 'Virtual: where scrapped goods go.' },
  } as const,
});

export const WarehouseNode = builder.prismaNode('Warehouse', {
  select: { id: true },
  description:
    'A warehouse: a tree of locations under its root stock location. Needs one of the roles WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING to read.',
  id: { field: 'id' },
  nullable: true,
  authScopes: { anyRole: INVENTORY_READERS },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Human key, unique in the organization ignoring case.' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    rootLocation: t.relation('rootLocation', {
      nullable: true,
      description: "The warehouse's root stock location (code STOCK); every bin of the warehouse sits below it.",
    }),
    version: t.exposeInt('version', {
      description:
        "Increases with every change; send it as expectedVersion to avoid overwriting someone else's change.",
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the warehouse was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the warehouse last changed.' }),
  }),
});

export const LocationNode = builder.prismaNode('Location', {
  select: { id: true },
  description:
    "A place stock can be in: a warehouse location (its root or a bin) or one of the organization's virtual locations. Needs one of the roles WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING to read.",
  id: { field: 'id' },
  nullable: true,
  authScopes: { anyRole: INVENTORY_READERS },
  fields: (t) => ({
    code: t.exposeString('code', {
      description:
        'Code, unique within its warehouse ignoring case (STOCK for a root; the type for a virtual location).',
    }),
    name: t.exposeString('name', { description: 'Display name.' }),
    type: t.expose('type', { type: LocationTypeEnum, description: 'INTERNAL or one of the virtual types.' }),
    warehouse: t.relation('warehouse', { nullable: true, description: 'The warehouse; null for virtual locations.' }),
    parent: t.relation('parent', {
      nullable: true,
      description: 'The location this bin sits under; null for a root or virtual location.',
    }),
    children: t.relation('children', {
      description: 'Bins directly under this location, by code.',
      query: () => ({ orderBy: [{ code: 'asc' as const }, { id: 'asc' as const }] }),
    }),
    isRoot: t.boolean({
      description: "Whether this is a warehouse's root stock location.",
      select: { parentId: true, type: true },
      resolve: (location) => location.type === 'INTERNAL' && location.parentId === null,
    }),
    version: t.exposeInt('version', {
      description:
        "Increases with every change; send it as expectedVersion to avoid overwriting someone else's change.",
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the location was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the location last changed.' }),
  }),
});

export const WarehouseOrderField = builder.enumType('WarehouseOrderField', {
  description: 'Fields warehouses can be sorted by.',
  values: { CODE: { description: 'Warehouse code.' }, NAME: { description: 'Display name.' } } as const,
});
export const WAREHOUSE_ORDER_COLUMNS = { CODE: 'code', NAME: 'name' } as const;
export const WarehouseOrderBy = builder.inputType('WarehouseOrderBy', {
  description: 'One sort key for warehouses. Ties are always broken by id, so pages are stable.',
  fields: (t) => ({
    field: t.field({ type: WarehouseOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, defaultValue: 'ASC', description: 'Sort direction (default ASC).' }),
  }),
});

export interface WarehouseWhereValue {
  search?: string | null;
  code?: StringFilterInput | null;
  name?: StringFilterInput | null;
  AND?: WarehouseWhereValue[] | null;
  OR?: WarehouseWhereValue[] | null;
  NOT?: WarehouseWhereValue | null;
}

export const WarehouseWhere = builder.inputRef<WarehouseWhereValue>('WarehouseWhere').implement({
  description: 'Filter for warehouses. All given conditions must hold; use OR and NOT for alternatives.',
  fields: (t) => ({
    search: t.string({ description: 'Matches code or name containing this text, ignoring case.' }),
    code: t.field({ type: StringFilter, description: 'Conditions on the code.' }),
    name: t.field({ type: StringFilter, description: 'Conditions on the name.' }),
    AND: t.field({ type: [WarehouseWhere], description: 'All of these filters hold.' }),
    OR: t.field({ type: [WarehouseWhere], description: 'At least one of these filters holds.' }),
    NOT: t.field({ type: WarehouseWhere, description: 'This filter does not hold.' }),
  }),
});

export const LocationTypeFilter = enumFilter('LocationTypeFilter', LocationTypeEnum, 'the location type');

type LocationTypeName = 'INTERNAL' | 'SUPPLIER' | 'CUSTOMER' | 'PRODUCTION' | 'ADJUSTMENT' | 'SCRAP';

export interface LocationWhereValue {
  code?: StringFilterInput | null;
  name?: StringFilterInput | null;
  type?: { equals?: LocationTypeName | null; in?: LocationTypeName[] | null } | null;
  warehouseId?: string | null;
  parentId?: string | null;
  within?: string | null;
  AND?: LocationWhereValue[] | null;
  OR?: LocationWhereValue[] | null;
  NOT?: LocationWhereValue | null;
}

export const LocationWhere = builder.inputRef<LocationWhereValue>('LocationWhere').implement({
  description: 'Filter for locations. All given conditions must hold; use OR and NOT for alternatives.',
  fields: (t) => ({
    code: t.field({ type: StringFilter, description: 'Conditions on the code.' }),
    name: t.field({ type: StringFilter, description: 'Conditions on the name.' }),
    type: t.field({ type: LocationTypeFilter, description: 'Conditions on the type.' }),
    warehouseId: t.id({ description: 'Only locations of this warehouse.' }),
    parentId: t.id({ description: 'Only bins directly under this location.' }),
    within: t.id({ description: 'Only this location and every bin below it, at any depth.' }),
    AND: t.field({ type: [LocationWhere], description: 'All of these filters hold.' }),
    OR: t.field({ type: [LocationWhere], description: 'At least one of these filters holds.' }),
    NOT: t.field({ type: LocationWhere, description: 'This filter does not hold.' }),
  }),
});
