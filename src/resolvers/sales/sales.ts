// Tax rates, exemptions, price lists and the productPrice query.
import * as sales from '../../domain/sales/index.js';
import { builder } from '../../schema/builder.js';
import { filterIdOf, idFor, optionalIdFor } from '../../schema/ids.js';
import { payloadType } from '../../schema/payloads.js';
import { ProductPriceType, SALES_ACCESS, SalesError, TAX_READERS, TAX_WRITERS } from '../../schema/sales/sales.js';
import {
  CustomerTaxExemptionDeleteInput,
  CustomerTaxExemptionSetInput,
  PriceListAssignInput,
  PriceListCreateInput,
  PriceListItemsSetInput,
  PriceListUpdateInput,
  PriceListWhere,
  ProductTaxRateSetInput,
  TaxRateCreateInput,
  TaxRateUpdateInput,
  TaxRateWhere,
} from '../../schema/sales/inputs.js';
import { runMutation } from '../run-mutation.js';
import { report } from '../run-query.js';

function taxRatePayload(name: string, description: string) {
  return payloadType<sales.TaxRateRef>(name, {
    description,
    errorType: SalesError,
    fields: (t) => ({
      taxRate: t.prismaField({
        type: 'TaxRate',
        nullable: true,
        description: 'The tax rate as it is after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.taxRate.findUnique({ ...query, where: { id: payload.ids.taxRateId } }) : null,
      }),
    }),
  });
}

function priceListPayload(name: string, description: string) {
  return payloadType<sales.PriceListRef>(name, {
    description,
    errorType: SalesError,
    fields: (t) => ({
      priceList: t.prismaField({
        type: 'PriceList',
        nullable: true,
        description: 'The price list as it is after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.priceList.findUnique({ ...query, where: { id: payload.ids.priceListId } }) : null,
      }),
    }),
  });
}

function customerPayload<Ids extends { customerId: string }>(name: string, description: string) {
  return payloadType<Ids>(name, {
    description,
    errorType: SalesError,
    fields: (t) => ({
      customer: t.prismaField({
        type: 'Customer',
        nullable: true,
        description: 'The customer as it is after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.customer.findUnique({ ...query, where: { id: payload.ids.customerId } }) : null,
      }),
    }),
  });
}

const ProductTaxRateSetPayload = payloadType<sales.ProductTaxRateRef>('ProductTaxRateSetPayload', {
  description: 'Result of productTaxRateSet.',
  errorType: SalesError,
  fields: (t) => ({
    taxRate: t.prismaField({
      type: 'TaxRate',
      nullable: true,
      description: 'The rate now assigned; null when the assignment was removed or there are errors.',
      resolve: (query, payload, _args, ctx) =>
        payload.ids?.taxRateId ? ctx.db.taxRate.findUnique({ ...query, where: { id: payload.ids.taxRateId } }) : null,
    }),
    product: t.prismaField({
      type: 'Product',
      nullable: true,
      description: 'The product, when the assignment is for a product.',
      resolve: (query, payload, _args, ctx) =>
        payload.ids?.productId ? ctx.db.product.findUnique({ ...query, where: { id: payload.ids.productId } }) : null,
    }),
    category: t.prismaField({
      type: 'ProductCategory',
      nullable: true,
      description: 'The category, when the assignment is for a category.',
      resolve: (query, payload, _args, ctx) =>
        payload.ids?.categoryId
          ? ctx.db.productCategory.findUnique({ ...query, where: { id: payload.ids.categoryId } })
          : null,
    }),
  }),
});

const TAX_NOTE = 'Needs role ACCOUNTING.';
const SALES_NOTE = 'Needs role SALES.';

builder.queryFields((t) => ({
  taxRate: t.prismaField({
    type: 'TaxRate',
    nullable: true,
    description: 'A tax rate by ID; null if it does not exist in your organization. Needs role ACCOUNTING or SALES.',
    authScopes: { anyRole: TAX_READERS },
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the tax rate.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'TaxRate' ? ctx.db.taxRate.findUnique({ ...query, where: { id: args.id.id } }) : null,
  }),
  taxRates: t.prismaConnection(
    {
      type: 'TaxRate',
      cursor: 'id',
      description: 'Tax rates by code; default 20 per page, at most 100. Needs role ACCOUNTING or SALES.',
      authScopes: { anyRole: TAX_READERS },
      args: { where: t.arg({ type: TaxRateWhere, description: 'Filter; omit for all rates.' }) },
      totalCount: (_connection, args, ctx) => ctx.db.taxRate.count({ where: taxRateWhere(args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.taxRate.findMany({
          ...query,
          where: taxRateWhere(args.where),
          orderBy: [{ code: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'TaxRateConnection', description: 'A page of tax rates.' },
    { name: 'TaxRateEdge', description: 'A tax rate in a page, with its cursor.' },
  ),
  priceList: t.prismaField({
    type: 'PriceList',
    nullable: true,
    description: `A price list by ID; null if it does not exist in your organization. ${SALES_NOTE}`,
    authScopes: SALES_ACCESS,
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the price list.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'PriceList' ? ctx.db.priceList.findUnique({ ...query, where: { id: args.id.id } }) : null,
  }),
  priceLists: t.prismaConnection(
    {
      type: 'PriceList',
      cursor: 'id',
      description: `Price lists by name; default 20 per page, at most 100. ${SALES_NOTE}`,
      authScopes: SALES_ACCESS,
      args: { where: t.arg({ type: PriceListWhere, description: 'Filter; omit for all lists.' }) },
      totalCount: (_connection, args, ctx) => ctx.db.priceList.count({ where: priceListWhere(args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.priceList.findMany({
          ...query,
          where: priceListWhere(args.where),
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'PriceListConnection', description: 'A page of price lists.' },
    { name: 'PriceListEdge', description: 'A price list in a page, with its cursor.' },
  ),
  productPrice: t.field({
    type: ProductPriceType,
    description: `The unit price a customer would get for a product: their valid price list in the currency (the item with the largest minimum quantity not above the quantity), else the product's list price (base currency, converted at the exchange rate on the date and rounded half-up to the currency); and the tax rate that would apply. ${SALES_NOTE}`,
    authScopes: SALES_ACCESS,
    args: {
      productId: t.arg.id({ required: true, description: 'The product.' }),
      customerId: t.arg.id({
        description: "The customer; without one only the list price and the product's tax rate apply.",
      }),
      quantity: t.arg({ type: 'Decimal', description: 'Quantity above zero (default 1).' }),
      currency: t.arg({
        type: 'CurrencyCode',
        description: "Currency; the customer's (or the base currency) when left out.",
      }),
      date: t.arg({ type: 'Date', description: 'Pricing date; today (UTC) when left out.' }),
    },
    resolve: (_root, args, ctx) =>
      report(ctx, async (tx, actor) => {
        const result = await sales.productPrice(tx, actor, {
          productId: filterIdOf('Product', args.productId, 'productId'),
          customerId: args.customerId ? filterIdOf('Customer', args.customerId, 'customerId') : null,
          quantity: args.quantity as string | null | undefined,
          currency: args.currency as string | null | undefined,
          date: args.date as string | null | undefined,
        });
        return { ...result, customerId: args.customerId ?? null };
      }),
  }),
}));

function taxRateWhere(where: { isActive?: boolean | null } | null | undefined): object {
  return where?.isActive === undefined || where?.isActive === null ? {} : { isActive: where.isActive };
}

function priceListWhere(where: { isActive?: boolean | null; currency?: string | null } | null | undefined): object {
  if (!where) return {};
  return {
    ...(where.isActive === undefined || where.isActive === null ? {} : { isActive: where.isActive }),
    ...(where.currency ? { currency: where.currency } : {}),
  };
}

builder.mutationFields((t) => ({
  taxRateCreate: t.field({
    type: taxRatePayload('TaxRateCreatePayload', 'Result of taxRateCreate.'),
    description: `Creates a tax rate. Emits taxRate.created. ${TAX_NOTE}`,
    authScopes: TAX_WRITERS,
    args: { input: t.arg({ type: TaxRateCreateInput, required: true, description: 'The new rate.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'taxRateCreate', input, (tx, actor) => sales.createTaxRate(tx, actor, input)),
  }),
  taxRateUpdate: t.field({
    type: taxRatePayload('TaxRateUpdatePayload', 'Result of taxRateUpdate.'),
    description: `Changes a tax rate (name, rate, price basis, active, default). Emits taxRate.updated. ${TAX_NOTE}`,
    authScopes: TAX_WRITERS,
    args: { input: t.arg({ type: TaxRateUpdateInput, required: true, description: 'The changes.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'taxRateUpdate', input, (tx, actor) =>
        sales.updateTaxRate(tx, actor, { ...input, id: idFor('TaxRate', input.id, 'id') }),
      ),
  }),
  productTaxRateSet: t.field({
    type: ProductTaxRateSetPayload,
    description: `Assigns (or removes) the tax rate of a product or a product category. Emits productTaxRate.set. ${TAX_NOTE}`,
    authScopes: TAX_WRITERS,
    args: { input: t.arg({ type: ProductTaxRateSetInput, required: true, description: 'The assignment.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'productTaxRateSet', input, (tx, actor) =>
        sales.setProductTaxRate(tx, actor, {
          productId: optionalIdFor('Product', input.productId, 'productId'),
          categoryId: optionalIdFor('ProductCategory', input.categoryId, 'categoryId'),
          taxRateId: optionalIdFor('TaxRate', input.taxRateId, 'taxRateId'),
        }),
      ),
  }),
  customerTaxExemptionSet: t.field({
    type: customerPayload<sales.CustomerTaxExemptionRef>(
      'CustomerTaxExemptionSetPayload',
      'Result of customerTaxExemptionSet.',
    ),
    description: `Records or replaces a customer's tax exemption. Emits customerTaxExemption.set. ${TAX_NOTE}`,
    authScopes: TAX_WRITERS,
    args: { input: t.arg({ type: CustomerTaxExemptionSetInput, required: true, description: 'The exemption.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'customerTaxExemptionSet', input, (tx, actor) =>
        sales.setCustomerTaxExemption(tx, actor, {
          ...input,
          customerId: idFor('Customer', input.customerId, 'customerId'),
        }),
      ),
  }),
  customerTaxExemptionDelete: t.field({
    type: customerPayload<sales.CustomerTaxExemptionRef>(
      'CustomerTaxExemptionDeletePayload',
      'Result of customerTaxExemptionDelete.',
    ),
    description: `Removes a customer's tax exemption. Emits customerTaxExemption.deleted. ${TAX_NOTE}`,
    authScopes: TAX_WRITERS,
    args: { input: t.arg({ type: CustomerTaxExemptionDeleteInput, required: true, description: 'The customer.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'customerTaxExemptionDelete', input, (tx, actor) =>
        sales.deleteCustomerTaxExemption(tx, actor, { customerId: idFor('Customer', input.customerId, 'customerId') }),
      ),
  }),
  priceListCreate: t.field({
    type: priceListPayload('PriceListCreatePayload', 'Result of priceListCreate.'),
    description: `Creates a price list. Emits priceList.created. ${SALES_NOTE}`,
    authScopes: SALES_ACCESS,
    args: { input: t.arg({ type: PriceListCreateInput, required: true, description: 'The new list.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'priceListCreate', input, (tx, actor) => sales.createPriceList(tx, actor, input)),
  }),
  priceListUpdate: t.field({
    type: priceListPayload('PriceListUpdatePayload', 'Result of priceListUpdate.'),
    description: `Renames, re-dates, deactivates or reactivates a price list. Emits priceList.updated. ${SALES_NOTE}`,
    authScopes: SALES_ACCESS,
    args: { input: t.arg({ type: PriceListUpdateInput, required: true, description: 'The changes.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'priceListUpdate', input, (tx, actor) =>
        sales.updatePriceList(tx, actor, { ...input, id: idFor('PriceList', input.id, 'id') }),
      ),
  }),
  priceListItemsSet: t.field({
    type: priceListPayload('PriceListItemsSetPayload', 'Result of priceListItemsSet.'),
    description: `Replaces all items (quantity breaks) of a price list. Emits priceList.itemsSet. ${SALES_NOTE}`,
    authScopes: SALES_ACCESS,
    args: {
      input: t.arg({ type: PriceListItemsSetInput, required: true, description: 'The list and its new items.' }),
    },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'priceListItemsSet', input, (tx, actor) =>
        sales.setPriceListItems(tx, actor, {
          id: idFor('PriceList', input.id, 'id'),
          expectedVersion: input.expectedVersion,
          items: input.items.map((item, index) => ({
            ...item,
            productId: idFor('Product', item.productId, `items.${index}.productId`),
          })),
        }),
      ),
  }),
  priceListAssign: t.field({
    type: customerPayload<sales.PriceListAssignRef>(
      'PriceListAssignPayload',
      'Result of priceListAssign: the customer with their price lists.',
    ),
    description: `Gives a customer a price list in the list's currency (at most one per currency: it replaces the previous one), or removes it. Emits priceList.assigned. ${SALES_NOTE}`,
    authScopes: SALES_ACCESS,
    args: { input: t.arg({ type: PriceListAssignInput, required: true, description: 'The assignment.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'priceListAssign', input, (tx, actor) =>
        sales.assignPriceList(tx, actor, {
          customerId: idFor('Customer', input.customerId, 'customerId'),
          priceListId: optionalIdFor('PriceList', input.priceListId, 'priceListId'),
          currency: input.currency as string | null | undefined,
        }),
      ),
  }),
}));
