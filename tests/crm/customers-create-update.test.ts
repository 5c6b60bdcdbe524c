import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import { CUSTOMER, CUSTOMER_CREATE, CUSTOMER_UPDATE } from './documents.js';
import { createCustomer, orgCounts, payload, type CustomerData } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function create(key: string, input: Record<string, unknown>) {
  return payload<{ customer: CustomerData | null }>(await t.gql(key, CUSTOMER_CREATE, { input }), 'customerCreate');
}

async function update(key: string, input: Record<string, unknown>) {
  return payload<{ customer: CustomerData | null }>(await t.gql(key, CUSTOMER_UPDATE, { input }), 'customerUpdate');
}

async function read(key: string, id: string): Promise<CustomerData> {
  const res = await t.gql(key, CUSTOMER, { id });
  expect(res.errors).toBeUndefined();
  return res.data.customer;
}

describe('customerCreate', () => {
  let org: TestOrg;
  let sales: string;

  beforeAll(async () => {
    org = await t.newOrg('Create Org');
    sales = await org.key('SALES');
  });

  it('stores every field, normalised', async () => {
    const result = await create(sales, {
      name: '  Acme GmbH  ',
      kind: 'COMPANY',
      code: 'ACME',
      email: ' Info@ACME.example ',
      phone: '+49 30 1234567',
      website: 'acme.example',
      taxId: 'DE123456789',
      billingAddress: {
        line1: 'Hauptstr. 1',
        line2: '',
        city: 'Berlin',
        region: 'BE',
        postalCode: '10115',
        country: 'de',
      },
      shippingAddress: { line1: 'Lagerweg 5', city: 'Potsdam', postalCode: '14467', country: 'DE' },
      tags: [' VIP ', 'vip', 'Wholesale', '', 'wholesale', 'North'],
      currency: 'EUR',
      paymentTermsDays: 14,
      creditLimit: '1500.5',
    });
    expect(result.errors).toEqual([]);
    const customer = result.customer!;
    expect(customer).toMatchObject({
      code: 'ACME',
      kind: 'COMPANY',
      name: 'Acme GmbH',
      email: 'info@acme.example',
      phone: '+49 30 1234567',
      website: 'acme.example',
      taxId: 'DE123456789',
      billingAddress: {
        line1: 'Hauptstr. 1',
        line2: null,
        city: 'Berlin',
        region: 'BE',
        postalCode: '10115',
        country: 'DE',
      },
      shippingAddress: {
        line1: 'Lagerweg 5',
        line2: null,
        city: 'Potsdam',
        region: null,
        postalCode: '14467',
        country: 'DE',
      },
      tags: ['vip', 'wholesale', 'north'],
      currency: 'EUR',
      paymentTermsDays: 14,
      creditLimit: { amount: '1500.50', currency: 'EUR' },
      status: 'ACTIVE',
      version: 1,
      owner: { name: 'SALES key' },
      mergedInto: null,
    });
    expect(Date.parse(customer.createdAt)).not.toBeNaN();
    // What the mutation returned is what a later read sees.
    expect(await read(sales, customer.id)).toMatchObject({ ...customer, contacts: { totalCount: 0, nodes: [] } });
  });

  it('applies defaults: kind COMPANY, organization currency, 30 days, no credit limit, caller as owner', async () => {
    const customer = await createCustomer(t, sales, { name: 'Defaults Ltd' });
    expect(customer).toMatchObject({
      kind: 'COMPANY',
      currency: 'EUR',
      paymentTermsDays: 30,
      creditLimit: null,
      tags: [],
      email: null,
      billingAddress: null,
      shippingAddress: null,
      owner: { name: 'SALES key' },
    });
  });

  it('formats a credit limit to the currency scale: JPY has no decimals', async () => {
    const yen = await createCustomer(t, sales, { name: 'Yen KK', currency: 'JPY', creditLimit: '250000' });
    expect(yen.creditLimit).toEqual({ amount: '250000', currency: 'JPY' });
    const euro = await createCustomer(t, sales, { name: 'Euro SA', creditLimit: '7' });
    expect(euro.creditLimit).toEqual({ amount: '7.00', currency: 'EUR' });
  });

  it('accepts a lower-case currency and stores it upper-case', async () => {
    const customer = await createCustomer(t, sales, { name: 'Dollar Inc', currency: 'usd', creditLimit: '10.25' });
    expect(customer.currency).toBe('USD');
    expect(customer.creditLimit).toEqual({ amount: '10.25', currency: 'USD' });
  });

  it('stores an address of empty strings as no address', async () => {
    const customer = await createCustomer(t, sales, {
      name: 'Blank Address',
      billingAddress: { line1: ' ', city: '' },
    });
    expect(customer.billingAddress).toBeNull();
  });
});

describe('generated customer codes', () => {
  let sales: string;

  beforeAll(async () => {
    sales = await (await t.newOrg('Code Org')).key('SALES');
  });

  it('numbers customers CUS-00001, CUS-00002, ... per organization', async () => {
    const first = await createCustomer(t, sales, { name: 'First' });
    const second = await createCustomer(t, sales, { name: 'Second' });
    const third = await createCustomer(t, sales, { name: 'Third', code: '' });
    expect([first.code, second.code, third.code]).toEqual(['CUS-00001', 'CUS-00002', 'CUS-00003']);
    // Another organization starts its own sequence.
    const otherSales = await (await t.newOrg('Other Code Org')).key('SALES');
    expect((await createCustomer(t, otherSales, { name: 'Elsewhere' })).code).toBe('CUS-00001');
  });

  it('uses an explicit code as given and skips generated codes already taken by hand', async () => {
    const explicit = await createCustomer(t, sales, { name: 'Explicit', code: 'CUS-00004' });
    expect(explicit.code).toBe('CUS-00004');
    // Codes are unique ignoring case, so a hand-made lower-case code blocks the generated one too.
    const lower = await createCustomer(t, sales, { name: 'Lower', code: 'cus-00005' });
    expect(lower.code).toBe('cus-00005');
    const next = await createCustomer(t, sales, { name: 'Next' });
    expect(next.code).toBe('CUS-00006');
  });

  it('does not use up a number when the create fails', async () => {
    const failed = await create(sales, { name: 'Broken', email: 'not-an-email' });
    expect(failed.errors.map((error) => error.code)).toEqual(['INVALID_EMAIL']);
    expect((await createCustomer(t, sales, { name: 'After failure' })).code).toBe('CUS-00007');
  });
});

describe('customerCreate validation', () => {
  let org: TestOrg;
  let sales: string;

  beforeAll(async () => {
    org = await t.newOrg('Validation Org');
    sales = await org.key('SALES');
    await createCustomer(t, sales, { name: 'Existing', code: 'TAKEN-1' });
  });

  /** Runs a create that must fail and checks that it left no trace: no customer, audit record, event or sequence use. */
  async function refused(input: Record<string, unknown>) {
    const before = await orgCounts(t, org.organizationId);
    const result = await create(sales, input);
    expect(result.customer).toBeNull();
    expect(await orgCounts(t, org.organizationId)).toEqual(before);
    return result.errors;
  }

  it.each([
    ['empty', ''],
    ['whitespace', '   '],
  ])('requires a name (%s)', async (_label, name) => {
    expect(await refused({ name })).toEqual([
      { code: 'REQUIRED', message: 'name is required', field: ['input', 'name'] },
    ]);
  });

  it('rejects a name over 200 characters', async () => {
    expect(await refused({ name: 'x'.repeat(201) })).toEqual([
      { code: 'TOO_LONG', message: 'name must be at most 200 characters', field: ['input', 'name'] },
    ]);
  });

  it('rejects an invalid email', async () => {
    const errors = await refused({ name: 'Mail', email: 'someone@nowhere' });
    expect(errors).toEqual([
      { code: 'INVALID_EMAIL', message: expect.stringContaining('someone@nowhere'), field: ['input', 'email'] },
    ]);
  });

  it('rejects a code that is taken, also in another case', async () => {
    for (const code of ['TAKEN-1', 'taken-1', ' Taken-1 ']) {
      const errors = await refused({ name: 'Copy', code });
      expect(errors).toEqual([
        { code: 'CODE_TAKEN', message: expect.stringContaining('Existing'), field: ['input', 'code'] },
      ]);
    }
  });

  it('rejects a code with characters outside letters, digits, ".", "_" and "-"', async () => {
    expect((await refused({ name: 'Spaces', code: 'A B' })).map((e) => [e.code, e.field])).toEqual([
      ['INVALID_CODE', ['input', 'code']],
    ]);
  });

  it('rejects a negative credit limit', async () => {
    expect(await refused({ name: 'Negative', creditLimit: '-0.01' })).toEqual([
      { code: 'NEGATIVE_AMOUNT', message: 'creditLimit must not be negative', field: ['input', 'creditLimit'] },
    ]);
  });

  it('rejects an unknown currency', async () => {
    expect(await refused({ name: 'Fantasy', currency: 'XYZ' })).toEqual([
      { code: 'INVALID_CURRENCY', message: expect.stringContaining('"XYZ"'), field: ['input', 'currency'] },
    ]);
  });

  it('rejects more decimals than the currency has', async () => {
    expect(await refused({ name: 'Cents', creditLimit: '10.125', currency: 'EUR' })).toEqual([
      {
        code: 'INVALID_SCALE',
        message: 'creditLimit has more than 2 decimal places for EUR',
        field: ['input', 'creditLimit'],
      },
    ]);
    // The scale is the given currency's, not the organization's (EUR): yen have none.
    expect((await refused({ name: 'Sen', creditLimit: '100.5', currency: 'JPY' })).map((e) => e.code)).toEqual([
      'INVALID_SCALE',
    ]);
  });

  it('rejects payment terms outside 0..3650 days and an invalid country and website', async () => {
    const errors = await refused({
      name: 'Ranges',
      paymentTermsDays: 3651,
      website: 'not a url',
      billingAddress: { country: 'Germany' },
    });
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_URL', ['input', 'website']],
      ['OUT_OF_RANGE', ['input', 'paymentTermsDays']],
      ['INVALID_COUNTRY', ['input', 'billingAddress', 'country']],
    ]);
  });

  it('reports several problems at once, each on its field', async () => {
    const errors = await refused({ name: ' ', email: 'bad', creditLimit: '-5', currency: 'XYZ', code: 'TAKEN-1' });
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['REQUIRED', ['input', 'name']],
      ['INVALID_EMAIL', ['input', 'email']],
      ['INVALID_CURRENCY', ['input', 'currency']],
      ['NEGATIVE_AMOUNT', ['input', 'creditLimit']],
    ]);
  });

  it('rejects a credit limit that is not a decimal string as a top-level BAD_USER_INPUT', async () => {
    const before = await orgCounts(t, org.organizationId);
    const res = await t.gql(sales, CUSTOMER_CREATE, { input: { name: 'Float', creditLimit: '1e5' } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await orgCounts(t, org.organizationId)).toEqual(before);
  });
});

describe('customerUpdate', () => {
  let sales: string;
  let original: CustomerData;

  beforeAll(async () => {
    sales = await (await t.newOrg('Update Org')).key('SALES');
    original = await createCustomer(t, sales, {
      name: 'Original',
      code: 'ORIG',
      email: 'orig@example.com',
      phone: '123',
      website: 'https://orig.example',
      taxId: 'TAX-1',
      billingAddress: { line1: 'Street 1', city: 'Hamburg', country: 'DE' },
      tags: ['a', 'b'],
      creditLimit: '100',
      paymentTermsDays: 10,
    });
    await createCustomer(t, sales, { name: 'Neighbour', code: 'NEIGHBOUR' });
  });

  it('changes only the given fields, clears fields given as null and increments the version', async () => {
    const result = await update(sales, {
      id: original.id,
      name: 'Renamed',
      email: null,
      billingAddress: null,
      tags: ['C', 'c', 'd'],
    });
    expect(result.errors).toEqual([]);
    const after = await read(sales, original.id);
    expect(after).toMatchObject({
      ...original,
      name: 'Renamed',
      email: null,
      billingAddress: null,
      tags: ['c', 'd'],
      version: 2,
      updatedAt: expect.any(String),
    });
    expect(after.phone).toBe('123');
    expect(after.creditLimit).toEqual({ amount: '100.00', currency: 'EUR' });
    expect(Date.parse(after.updatedAt)).toBeGreaterThanOrEqual(Date.parse(original.updatedAt));
    expect(result.customer).toMatchObject({ name: 'Renamed', version: 2 });
  });

  it('clears the credit limit with null and changes the code', async () => {
    const result = await update(sales, { id: original.id, creditLimit: null, code: 'orig-2', expectedVersion: 2 });
    expect(result.errors).toEqual([]);
    expect(result.customer).toMatchObject({ creditLimit: null, code: 'orig-2', version: 3, name: 'Renamed' });
  });

  it("accepts its own code in another case but not a neighbour's", async () => {
    const own = await update(sales, { id: original.id, code: 'ORIG-2' });
    expect(own.errors).toEqual([]);
    expect(own.customer?.code).toBe('ORIG-2');
    const taken = await update(sales, { id: original.id, code: 'neighbour' });
    expect(taken.errors.map((e) => [e.code, e.field])).toEqual([['CODE_TAKEN', ['input', 'code']]]);
  });

  it('refuses to clear required fields', async () => {
    const result = await update(sales, {
      id: original.id,
      name: null,
      code: null,
      currency: null,
      kind: null,
      paymentTermsDays: null,
    });
    expect(result.errors.map((e) => [e.code, e.field])).toEqual([
      ['REQUIRED', ['input', 'name']],
      ['REQUIRED', ['input', 'kind']],
      ['REQUIRED', ['input', 'code']],
      ['REQUIRED', ['input', 'currency']],
      ['REQUIRED', ['input', 'paymentTermsDays']],
    ]);
  });

  it("checks a new credit limit against the customer's stored currency", async () => {
    const yen = await createCustomer(t, sales, { name: 'Yen Update', currency: 'JPY' });
    const refused = await update(sales, { id: yen.id, creditLimit: '10.5' });
    expect(refused.errors.map((e) => e.code)).toEqual(['INVALID_SCALE']);
    const accepted = await update(sales, { id: yen.id, creditLimit: '10' });
    expect(accepted.customer?.creditLimit).toEqual({ amount: '10', currency: 'JPY' });
  });

  it('refuses a currency change the stored credit limit does not fit, instead of rounding it', async () => {
    const euro = await createCustomer(t, sales, { name: 'Euro to Yen', creditLimit: '1500.50' });
    const refused = await update(sales, { id: euro.id, currency: 'JPY' });
    expect(refused.errors.map((e) => [e.code, e.field])).toEqual([['INVALID_SCALE', ['input', 'currency']]]);
    expect((await read(sales, euro.id)).creditLimit).toEqual({ amount: '1500.50', currency: 'EUR' });
    const withLimit = await update(sales, { id: euro.id, currency: 'JPY', creditLimit: '200000' });
    expect(withLimit.errors).toEqual([]);
    expect(withLimit.customer?.creditLimit).toEqual({ amount: '200000', currency: 'JPY' });
    // A whole-number limit fits any currency.
    const back = await update(sales, { id: euro.id, currency: 'EUR' });
    expect(back.customer?.creditLimit).toEqual({ amount: '200000.00', currency: 'EUR' });
  });

  it('refuses a stale expectedVersion and changes nothing', async () => {
    const current = await read(sales, original.id);
    const result = await update(sales, { id: original.id, name: 'Lost update', expectedVersion: current.version - 1 });
    expect(result.customer).toBeNull();
    expect(result.errors).toEqual([
      {
        code: 'STALE_VERSION',
        message: `Customer ${current.code} is at version ${current.version}, not ${current.version - 1}`,
        field: ['input', 'expectedVersion'],
      },
    ]);
    const after = await read(sales, original.id);
    expect(after.name).toBe(current.name);
    expect(after.version).toBe(current.version);
    expect(after.updatedAt).toBe(current.updatedAt);
  });

  it('applies an update with the current expectedVersion', async () => {
    const current = await read(sales, original.id);
    const result = await update(sales, { id: original.id, phone: '456', expectedVersion: current.version });
    expect(result.errors).toEqual([]);
    expect(result.customer).toMatchObject({ phone: '456', version: current.version + 1 });
  });

  it('reports an unknown or malformed id as NOT_FOUND on the id field', async () => {
    const unknown = Buffer.from('Customer:00000000-0000-4000-8000-000000000000').toString('base64url');
    for (const id of [unknown, 'garbage']) {
      const result = await update(sales, { id, name: 'Nobody' });
      expect(result.customer).toBeNull();
      expect(result.errors.map((e) => [e.code, e.field])).toEqual([['NOT_FOUND', ['input', 'id']]]);
    }
  });
});
