// Tax resolution reads every level at once: pricing an order costs the same SQL statements whether the
// rate is the product's own, its category's, an ancestor's four levels up, or an exempt customer's none.
// Worked example (list price 100.00, quantity 2, tax excluded), tree Root > L1 > L2 > L3 > L4:
//   Root DEEP 5%, L2 MID 16%, the others none; product DEEP4 in L4; STD 19% the organization default.
//   MID active         -> L2's 16%:  tax 32.00, total 232.00
//   MID deactivated    -> Root's 5%: tax 10.00, total 210.00 (the deactivated rate counts as not assigned)
//   DEEP deactivated   -> STD 19%:   tax 38.00, total 238.00
//   STD deactivated    -> no rate:   tax  0.00, total 200.00
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import {
  assignTax,
  category,
  customer,
  mutate,
  ok,
  product,
  rowId,
  salesOrg,
  taxRate,
  type SalesOrg,
} from './helpers.js';

let t: TestApp;
let s: SalesOrg;
const ids: Record<string, string> = {};

async function subcategory(key: string, name: string, parentId: string): Promise<string> {
  const created = await ok<{ productCategory: { id: string } }>(
    t,
    key,
    'productCategoryCreate',
    'ProductCategoryCreateInput',
    'productCategory { id }',
    { name, parentId },
  );
  return created.productCategory.id;
}

async function createOrder(key: string, customerId: string, productIds: string[]) {
  const lines = productIds.map((productId) => ({ productId, quantity: '2' }));
  const result = await mutate<{ salesOrder: any }>(
    t,
    key,
    'salesOrderCreate',
    'SalesOrderCreateInput',
    'salesOrder { taxTotal { amount } total { amount } lines { taxPercent taxRate { code } } }',
    { customerId, lines },
  );
  expect(result.errors).toEqual([]);
  return result.salesOrder;
}

/** SQL statements of a salesOrderCreate, and the rate codes its lines got. */
async function cost(customerId: string, productIds: string[]) {
  let order: any;
  const statements = await t.countStatements(async () => {
    order = await createOrder(s.sales, customerId, productIds);
  });
  return { statements, codes: order.lines.map((line: any) => line.taxRate?.code ?? null) };
}

const setActive = (key: string, id: string, isActive: boolean) =>
  ok(t, key, 'taxRateUpdate', 'TaxRateUpdateInput', 'taxRate { id }', { id, isActive });

beforeAll(async () => {
  t = await createTestApp();
  s = await salesOrg(t, 'Tax Resolution Org');
  ids.std = await taxRate(t, s.key, { code: 'STD', name: 'Standard', rate: '19', isDefault: true });
  ids.own = await taxRate(t, s.key, { code: 'OWN', name: 'Own', rate: '10' });
  ids.near = await taxRate(t, s.key, { code: 'NEAR', name: 'Near', rate: '7' });
  ids.deep = await taxRate(t, s.key, { code: 'DEEP', name: 'Deep', rate: '5' });
  const parent = await category(t, s.key, 'Parent');
  await assignTax(t, s.key, { categoryId: parent, taxRateId: ids.near });
  const child = await subcategory(s.key, 'Child', parent);
  ids.root = await category(t, s.key, 'Root');
  await assignTax(t, s.key, { categoryId: ids.root, taxRateId: ids.deep });
  let leaf = ids.root;
  for (const name of ['L1', 'L2', 'L3', 'L4']) leaf = await subcategory(s.key, name, leaf);
  // The product's own rate wins over its category's (Child, NEAR).
  ids.ownProduct = await product(t, s.key, { sku: 'OWN', listPrice: '100.00', categoryId: child });
  await assignTax(t, s.key, { productId: ids.ownProduct, taxRateId: ids.own });
  ids.oneUp = await product(t, s.key, { sku: 'UP1', listPrice: '100.00', categoryId: child });
  ids.fourUp = await product(t, s.key, { sku: 'UP4', listPrice: '100.00', categoryId: leaf });
  ids.plain = await product(t, s.key, { sku: 'PLAIN', listPrice: '100.00' });
  ids.customer = await customer(t, s.key, { name: 'Taxed', currency: 'EUR' });
  ids.exempt = await customer(t, s.key, { name: 'Exempt', currency: 'EUR' });
  await ok(t, s.key, 'customerTaxExemptionSet', 'CustomerTaxExemptionSetInput', 'customer { id }', {
    customerId: ids.exempt,
    reason: 'Reseller',
  });
});

describe('tax resolution cost', () => {
  it('is the same for an own rate, a rate 1 or 4 category levels up, the default, and an exempt customer', async () => {
    await cost(ids.customer, [ids.plain]);
    const own = await cost(ids.customer, [ids.ownProduct]);
    expect(own.codes).toEqual(['OWN']);
    const cases = [
      await cost(ids.customer, [ids.oneUp]),
      await cost(ids.customer, [ids.fourUp]),
      await cost(ids.customer, [ids.plain]),
      await cost(ids.exempt, [ids.fourUp]),
      await cost(ids.customer, [ids.ownProduct, ids.oneUp, ids.fourUp, ids.plain]),
    ];
    expect(cases.map((c) => c.codes)).toEqual([['NEAR'], ['DEEP'], ['STD'], [null], ['OWN', 'NEAR', 'DEEP', 'STD']]);
    expect(cases.map((c) => c.statements)).toEqual(cases.map(() => own.statements));
  });
});

describe('a deactivated rate in the middle of the category chain', () => {
  it('falls through to the next ancestor, then the default, then no tax, as worked by hand', async () => {
    const org = await salesOrg(t, 'Tax Chain Org');
    const std = await taxRate(t, org.key, { code: 'STD', name: 'Standard', rate: '19', isDefault: true });
    const mid = await taxRate(t, org.key, { code: 'MID', name: 'Mid', rate: '16' });
    const deep = await taxRate(t, org.key, { code: 'DEEP', name: 'Deep', rate: '5' });
    const root = await category(t, org.key, 'Root');
    const l1 = await subcategory(org.key, 'L1', root);
    const l2 = await subcategory(org.key, 'L2', l1);
    const l3 = await subcategory(org.key, 'L3', l2);
    const l4 = await subcategory(org.key, 'L4', l3);
    await assignTax(t, org.key, { categoryId: root, taxRateId: deep });
    await assignTax(t, org.key, { categoryId: l2, taxRateId: mid });
    const item = await product(t, org.key, { sku: 'DEEP4', listPrice: '100.00', categoryId: l4 });
    const buyer = await customer(t, org.key, { name: 'Buyer', currency: 'EUR' });
    const priced = async () => {
      const order = await createOrder(org.sales, buyer, [item]);
      return [
        order.lines[0].taxRate?.code ?? null,
        order.lines[0].taxPercent,
        order.taxTotal.amount,
        order.total.amount,
      ];
    };
    expect(await priced()).toEqual(['MID', '16', '32.00', '232.00']);
    await setActive(org.key, mid, false);
    expect(await priced()).toEqual(['DEEP', '5', '10.00', '210.00']);
    await setActive(org.key, deep, false);
    expect(await priced()).toEqual(['STD', '19', '38.00', '238.00']);
    await setActive(org.key, std, false);
    expect(await priced()).toEqual([null, '0', '0.00', '200.00']);
    await setActive(org.key, mid, true);
    expect(await priced()).toEqual(['MID', '16', '32.00', '232.00']);
  });

  it('ends the walk up a corrupt (cyclic) tree and falls back to the default', async () => {
    const org = await salesOrg(t, 'Tax Cycle Org');
    await taxRate(t, org.key, { code: 'STD', name: 'Standard', rate: '19', isDefault: true });
    const a = await category(t, org.key, 'A');
    const b = await subcategory(org.key, 'B', a);
    // The API refuses a cycle (CATEGORY_CYCLE); only a corrupt database has one.
    await t.db.prisma.productCategory.update({ where: { id: rowId(a) }, data: { parentId: rowId(b) } });
    const item = await product(t, org.key, { sku: 'CYC', listPrice: '100.00', categoryId: b });
    const buyer = await customer(t, org.key, { name: 'Buyer', currency: 'EUR' });
    const order = await createOrder(org.sales, buyer, [item]);
    expect(order.lines[0].taxRate.code).toBe('STD');
  });
});
