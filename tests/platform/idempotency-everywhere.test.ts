import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isEnumType, isInputObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_IDEMPOTENCY_KEY } from '../../sdk/src/index.js';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import { createProduct, stockReadyOrg } from '../inventory/helpers.js';

const schema = buildSchema(readFileSync(path.resolve(import.meta.dirname, '../../schema.graphql'), 'utf8'));

describe('idempotency keys in the schema', () => {
  const mutations = Object.values(schema.getMutationType()!.getFields());

  it('lets every mutation with an input take an idempotencyKey, except those the SDK knows cannot', () => {
    const without = mutations
      .filter((field) => {
        const input = field.args.find((arg) => arg.name === 'input');
        const type = input && getNamedType(input.type);
        return (
          input &&
          !(isInputObjectType(type) && ['String', 'String!'].includes(String(type.getFields().idempotencyKey?.type)))
        );
      })
      .map((field) => field.name);
    expect(without).toEqual([...NO_IDEMPOTENCY_KEY]);
  });

  it('has an input on every mutation but the escalation run, which needs no key: running it twice escalates nothing more', () => {
    expect(
      mutations.filter((field) => !field.args.some((arg) => arg.name === 'input')).map((field) => field.name),
    ).toEqual(['approvalsEscalateOverdue']);
  });

  it('can answer IDEMPOTENCY_CONFLICT in every payload error enum', () => {
    const enums = Object.values(schema.getTypeMap()).filter(
      (type) => isEnumType(type) && type.name.endsWith('ErrorCode'),
    );
    expect(enums.length).toBeGreaterThan(5);
    for (const type of enums) expect(isEnumType(type) && type.getValue('IDEMPOTENCY_CONFLICT'), type.name).toBeTruthy();
  });
});

describe('idempotency keys through HTTP', () => {
  let t: TestApp;
  let org: TestOrg;
  let buyer: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await stockReadyOrg(t, 'Idempotent Receipts Org');
    buyer = await org.key('PURCHASING', 'WAREHOUSE');
  });
  afterAll(() => t.close());

  const run = async (key: string, name: string, inputType: string, selection: string, input: object) => {
    const res = await t.gql(
      key,
      `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} errors { code field } } }`,
      { input },
    );
    expect(res.errors).toBeUndefined();
    return res.data[name];
  };

  it('receives a purchase order line once when the same receipt is sent twice with its key', async () => {
    const supplier = (
      await run(buyer, 'supplierCreate', 'SupplierCreateInput', 'supplier { id }', { name: 'Twice Ltd' })
    ).supplier.id;
    const product = (await createProduct(t, buyer, { sku: 'TWICE-1', name: 'Twice', unitOfMeasure: 'pc' })).id;
    const location = (
      await run(buyer, 'warehouseCreate', 'WarehouseCreateInput', 'warehouse { rootLocation { id } }', {
        code: 'TW',
        name: 'Twice',
      })
    ).warehouse.rootLocation.id;
    const order = (
      await run(buyer, 'purchaseOrderCreate', 'PurchaseOrderCreateInput', 'purchaseOrder { id }', {
        supplierId: supplier,
        orderDate: '2026-03-01',
        lines: [{ productId: product, quantity: '100', unitPrice: '1' }],
      })
    ).purchaseOrder.id;
    await run(buyer, 'purchaseOrderSend', 'PurchaseOrderStateInput', 'purchaseOrder { id }', {
      id: order,
      idempotencyKey: 'send-1',
    });
    const receipt = {
      id: order,
      locationId: location,
      date: '2026-03-05',
      lines: [{ lineNo: 1, quantity: '10' }],
      idempotencyKey: 'receipt-1',
    };
    const first = await run(
      buyer,
      'purchaseOrderReceive',
      'PurchaseOrderReceiveInput',
      'purchaseOrder { lines { quantityReceived } }',
      receipt,
    );
    const again = await run(
      buyer,
      'purchaseOrderReceive',
      'PurchaseOrderReceiveInput',
      'purchaseOrder { lines { quantityReceived } }',
      receipt,
    );
    expect(first).toEqual({ errors: [], purchaseOrder: { lines: [{ quantityReceived: '10' }] } });
    expect(again).toEqual(first);
    const stock = await t.gql(buyer, 'query($p: ID!) { stockLevels(where: { productId: $p }) { nodes { onHand } } }', {
      p: product,
    });
    expect(stock.data.stockLevels.nodes).toEqual([{ onHand: '10' }]);

    const other = await run(buyer, 'purchaseOrderReceive', 'PurchaseOrderReceiveInput', 'purchaseOrder { id }', {
      ...receipt,
      lines: [{ lineNo: 1, quantity: '11' }],
    });
    expect(other.errors).toEqual([{ code: 'IDEMPOTENCY_CONFLICT', field: ['input', 'idempotencyKey'] }]);
  });

  it('replays an update instead of answering STALE_VERSION, and refuses the key with another input', async () => {
    const admin = org.adminKey;
    const customer = (
      await run(admin, 'customerCreate', 'CustomerCreateInput', 'customer { id }', { name: 'Replay Ltd' })
    ).customer;
    const update = { id: customer.id, name: 'Replay GmbH', expectedVersion: 1, idempotencyKey: 'rename-1' };
    const first = await run(admin, 'customerUpdate', 'CustomerUpdateInput', 'customer { name version }', update);
    const again = await run(admin, 'customerUpdate', 'CustomerUpdateInput', 'customer { name version }', update);
    expect(first).toEqual({ errors: [], customer: { name: 'Replay GmbH', version: 2 } });
    expect(again).toEqual(first);
    const conflict = await run(admin, 'customerUpdate', 'CustomerUpdateInput', 'customer { name }', {
      ...update,
      name: 'Other',
    });
    expect(conflict.errors).toEqual([{ code: 'IDEMPOTENCY_CONFLICT', field: ['input', 'idempotencyKey'] }]);
  });

  it('revokes an API key once under a key: the repeat replays the first answer instead of ALREADY_REVOKED', async () => {
    const created = await run(org.adminKey, 'apiKeyCreate', 'ApiKeyCreateInput', 'apiKey { id }', {
      name: 'Short-lived',
      roles: ['SALES'],
    });
    const revoke = { id: created.apiKey.id, idempotencyKey: 'revoke-1' };
    const first = await run(org.adminKey, 'apiKeyRevoke', 'ApiKeyRevokeInput', 'apiKey { id }', revoke);
    const again = await run(org.adminKey, 'apiKeyRevoke', 'ApiKeyRevokeInput', 'apiKey { id }', revoke);
    expect(first.errors).toEqual([]);
    expect(again).toEqual(first);
  });
});
