import * as inventory from '../../domain/inventory/index.js';
import { builder } from '../../schema/builder.js';
import { encodeGlobalId } from '../../schema/global-id.js';
import { idFor, optionalIdFor } from '../../schema/ids.js';
import { orderByWithTiebreaker } from '../../schema/ordering.js';
import { payloadType } from '../../schema/payloads.js';
import { combineWhere, enumWhere, rangeWhere, stringWhere } from '../../schema/filters.js';
import {
  INVENTORY_READERS,
  InventoryError,
  PRODUCT_ORDER_COLUMNS,
  PRODUCT_WRITERS,
  ProductCategoryWhere,
  ProductOrderBy,
  ProductWhere,
  type ProductCategoryWhereValue,
  type ProductWhereValue,
} from '../../schema/inventory/inventory.js';
import {
  ProductCategoryCreateInput,
  ProductCategoryDeleteInput,
  ProductCategoryUpdateInput,
  ProductCreateInput,
  ProductStateInput,
  ProductUpdateInput,
} from '../../schema/inventory/inputs.js';
import { filterIdOf } from '../../schema/ids.js';
import { runMutation } from '../run-mutation.js';
import { likeLiteral } from '../../platform/index.js';

const PRODUCT_WRITE = { anyRole: PRODUCT_WRITERS } as const;
const productEvents = (names: string) => `Emits ${names}. Needs role WAREHOUSE or PURCHASING.`;

/** A condition on the nullable barcode is NULL, not false, without a value; requiring one keeps NOT correct. */
function withBarcode(clauses: object[]): object[] {
  return clauses.map((clause) => ({ AND: [{ barcode: { not: null } }, clause] }));
}

/** Translates the GraphQL ProductWhere into a Prisma where clause. */
export function productWhere(where: ProductWhereValue | null | undefined): object {
  return combineWhere(where, (w) => {
    const clauses: object[] = [];
    if (w.search?.trim()) {
      const contains = { contains: likeLiteral(w.search.trim()), mode: 'insensitive' };
      clauses.push({ OR: [{ sku: contains }, { name: contains }, ...withBarcode([{ barcode: contains }])] });
    }
    if (w.isActive !== undefined && w.isActive !== null) clauses.push({ isActive: w.isActive });
    if (w.categoryId) clauses.push({ categoryId: filterIdOf('ProductCategory', w.categoryId, 'where.categoryId') });
    clauses.push(
      ...stringWhere('sku', w.sku),
      ...stringWhere('name', w.name),
      ...withBarcode(stringWhere('barcode', w.barcode)),
      ...enumWhere('type', w.type),
      ...rangeWhere('createdAt', w.createdAt),
      ...rangeWhere('updatedAt', w.updatedAt),
    );
    return clauses;
  });
}

export function productCategoryWhere(where: ProductCategoryWhereValue | null | undefined): object {
  return combineWhere(where, (w) => {
    const clauses: object[] = [...stringWhere('name', w.name)];
    if (w.parentId) clauses.push({ parentId: filterIdOf('ProductCategory', w.parentId, 'where.parentId') });
    if (w.isTopLevel === true) clauses.push({ parentId: null });
    if (w.isTopLevel === false) clauses.push({ parentId: { not: null } });
    return clauses;
  });
}

builder.queryFields((t) => ({
  product: t.prismaField({
    type: 'Product',
    nullable: true,
    description:
      'A product by ID; null if it does not exist in your organization. Needs role WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING.',
    authScopes: { anyRole: INVENTORY_READERS },
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the product.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'Product' ? ctx.db.product.findUnique({ ...query, where: { id: args.id.id } }) : null,
  }),
  products: t.prismaConnection(
    {
      type: 'Product',
      cursor: 'id',
      description:
        'Products of your organization, filtered and sorted; default 20 per page, at most 100. Needs role WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING.',
      authScopes: { anyRole: INVENTORY_READERS },
      args: {
        where: t.arg({ type: ProductWhere, description: 'Filter; omit for all products (active and inactive).' }),
        orderBy: t.arg({ type: [ProductOrderBy], description: 'Sort keys, most significant first (default: SKU).' }),
      },
      totalCount: (_connection, args, ctx) => ctx.db.product.count({ where: productWhere(args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.product.findMany({
          ...query,
          where: productWhere(args.where),
          orderBy: orderByWithTiebreaker(args.orderBy, PRODUCT_ORDER_COLUMNS, [{ sku: 'asc' }]),
        }),
    },
    { name: 'ProductConnection', description: 'A page of products.' },
    { name: 'ProductEdge', description: 'A product in a page, with its cursor.' },
  ),
  productCategories: t.prismaConnection(
    {
      type: 'ProductCategory',
      cursor: 'id',
      description:
        'Product categories by name; default 20 per page, at most 100. Needs role WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING.',
      authScopes: { anyRole: INVENTORY_READERS },
      args: {
        where: t.arg({ type: ProductCategoryWhere, description: 'Filter; omit for all categories at every level.' }),
      },
      totalCount: (_connection, args, ctx) => ctx.db.productCategory.count({ where: productCategoryWhere(args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.productCategory.findMany({
          ...query,
          where: productCategoryWhere(args.where),
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'ProductCategoryConnection', description: 'A page of product categories.' },
    { name: 'ProductCategoryEdge', description: 'A product category in a page, with its cursor.' },
  ),
}));

function productPayload(name: string) {
  return payloadType<inventory.ProductRef>(name, {
    description: `Result of ${name.charAt(0).toLowerCase()}${name.slice(1, -'Payload'.length)}.`,
    errorType: InventoryError,
    fields: (t) => ({
      product: t.prismaField({
        type: 'Product',
        nullable: true,
        description: 'The product as it is after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.product.findUnique({ ...query, where: { id: payload.ids.productId } }) : null,
      }),
    }),
  });
}

function categoryPayload(name: string) {
  return payloadType<inventory.ProductCategoryRef>(name, {
    description: `Result of ${name.charAt(0).toLowerCase()}${name.slice(1, -'Payload'.length)}.`,
    errorType: InventoryError,
    fields: (t) => ({
      productCategory: t.prismaField({
        type: 'ProductCategory',
        nullable: true,
        description: 'The category as it is after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids
            ? ctx.db.productCategory.findUnique({ ...query, where: { id: payload.ids.productCategoryId } })
            : null,
      }),
    }),
  });
}

const ProductDeletePayload = payloadType<inventory.ProductRef>('ProductDeletePayload', {
  description: 'Result of productDelete.',
  errorType: InventoryError,
  fields: (t) => ({
    deletedProductId: t.id({
      nullable: true,
      description: 'Global ID of the deleted product; null when there are errors.',
      resolve: (payload) => (payload.ids ? encodeGlobalId('Product', payload.ids.productId) : null),
    }),
  }),
});

const ProductCategoryDeletePayload = payloadType<inventory.ProductCategoryRef>('ProductCategoryDeletePayload', {
  description: 'Result of productCategoryDelete.',
  errorType: InventoryError,
  fields: (t) => ({
    deletedProductCategoryId: t.id({
      nullable: true,
      description: 'Global ID of the deleted category; null when there are errors.',
      resolve: (payload) => (payload.ids ? encodeGlobalId('ProductCategory', payload.ids.productCategoryId) : null),
    }),
  }),
});

const productId = (input: { id: string }) => idFor('Product', input.id, 'id');

builder.mutationFields((t) => ({
  productCreate: t.field({
    type: productPayload('ProductCreatePayload'),
    description: productEvents('product.created'),
    authScopes: PRODUCT_WRITE,
    args: { input: t.arg({ type: ProductCreateInput, required: true, description: 'The new product.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'productCreate', input, (tx, actor) =>
        inventory.createProduct(tx, actor, {
          ...input,
          categoryId: optionalIdFor('ProductCategory', input.categoryId, 'categoryId'),
        }),
      ),
  }),
  productUpdate: t.field({
    type: productPayload('ProductUpdatePayload'),
    description: productEvents('product.updated'),
    authScopes: PRODUCT_WRITE,
    args: { input: t.arg({ type: ProductUpdateInput, required: true, description: 'What to change.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'productUpdate', input, (tx, actor) =>
        inventory.updateProduct(tx, actor, {
          ...input,
          id: productId(input),
          categoryId: optionalIdFor('ProductCategory', input.categoryId, 'categoryId'),
        }),
      ),
  }),
  productDeactivate: t.field({
    type: productPayload('ProductDeactivatePayload'),
    description: `Deactivates an active product: it stays readable but takes no new business. ${productEvents('product.deactivated')}`,
    authScopes: PRODUCT_WRITE,
    args: { input: t.arg({ type: ProductStateInput, required: true, description: 'The product.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'productDeactivate', input, (tx, actor) =>
        inventory.deactivateProduct(tx, actor, { ...input, id: productId(input) }),
      ),
  }),
  productActivate: t.field({
    type: productPayload('ProductActivatePayload'),
    description: `Makes an inactive product active again. ${productEvents('product.activated')}`,
    authScopes: PRODUCT_WRITE,
    args: { input: t.arg({ type: ProductStateInput, required: true, description: 'The product.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'productActivate', input, (tx, actor) =>
        inventory.activateProduct(tx, actor, { ...input, id: productId(input) }),
      ),
  }),
  productDelete: t.field({
    type: ProductDeletePayload,
    description: `Deletes a product. Refused with IN_USE while stock moves or other records reference it; deactivate instead. ${productEvents('product.deleted')}`,
    authScopes: PRODUCT_WRITE,
    args: { input: t.arg({ type: ProductStateInput, required: true, description: 'The product.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'productDelete', input, (tx, actor) =>
        inventory.deleteProduct(tx, actor, { ...input, id: productId(input) }),
      ),
  }),
  productCategoryCreate: t.field({
    type: categoryPayload('ProductCategoryCreatePayload'),
    description: productEvents('productCategory.created'),
    authScopes: PRODUCT_WRITE,
    args: { input: t.arg({ type: ProductCategoryCreateInput, required: true, description: 'The new category.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'productCategoryCreate', input, (tx, actor) =>
        inventory.createProductCategory(tx, actor, {
          ...input,
          parentId: optionalIdFor('ProductCategory', input.parentId, 'parentId'),
        }),
      ),
  }),
  productCategoryUpdate: t.field({
    type: categoryPayload('ProductCategoryUpdatePayload'),
    description: productEvents('productCategory.updated'),
    authScopes: PRODUCT_WRITE,
    args: { input: t.arg({ type: ProductCategoryUpdateInput, required: true, description: 'What to change.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'productCategoryUpdate', input, (tx, actor) =>
        inventory.updateProductCategory(tx, actor, {
          ...input,
          id: idFor('ProductCategory', input.id, 'id'),
          parentId: optionalIdFor('ProductCategory', input.parentId, 'parentId'),
        }),
      ),
  }),
  productCategoryDelete: t.field({
    type: ProductCategoryDeletePayload,
    description: `Deletes a category. Refused with IN_USE while products or child categories reference it. ${productEvents('productCategory.deleted')}`,
    authScopes: PRODUCT_WRITE,
    args: { input: t.arg({ type: ProductCategoryDeleteInput, required: true, description: 'The category.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'productCategoryDelete', input, (tx, actor) =>
        inventory.deleteProductCategory(tx, actor, { ...input, id: idFor('ProductCategory', input.id, 'id') }),
      ),
  }),
}));
