import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import {
  SUPPLIER,
  SUPPLIER_CREATE,
  SUPPLIER_UPDATE,
  createSupplier,
  errorsOf,
  payload,
  rowId,
  type SupplierData,
} from './support.js';

let t: TestApp;
let org: TestOrg;
let buyer: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Supplier Create Org');
  buyer = await org.key('PURCHASING');
});
afterAll(() => t.close());

const create = async (input: Record<string, unknown>, key = buyer) =>
  payload<{ supplier: SupplierData | null }>(await t.gql(key, SUPPLIER_CREATE, { input }), 'supplierCreate');
const update = async (input: Record<string, unknown>, key = buyer) =>
  payload<{ supplier: SupplierData | null }>(await t.gql(key, SUPPLIER_UPDATE, { input }), 'supplierUpdate');

describe('supplierCreate', () => {
  it('creates a supplier with all fields, normalised, and records an audit entry and an event', async () => {
    const supplier = await createSupplier(t, buyer, {
      name: '  Acme Components  ',
      code: 'ACME',
      email: ' Orders@ACME.example ',
      phone: '+49 30 1234',
      taxId: 'DE123456789',
      address: { line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'de', line2: '  ' },
      currency: 'usd',
      paymentTermsDays: 14,
    });
    expect(supplier).toMatchObject({
      code: 'ACME',
      name: 'Acme Components',
      email: 'orders@acme.example',
      phone: '+49 30 1234',
      taxId: 'DE123456789',
      address: { line1: 'Hauptstr. 1', line2: null, city: 'Berlin', region: null, postalCode: '10115', country: 'DE' },
      currency: 'USD',
      paymentTermsDays: 14,
      isActive: true,
      version: 1,
    });
    const id = rowId(supplier.id);
    const audit = await t.db.prisma.auditLog.findMany({ where: { organizationId: org.organizationId, entityId: id } });
    expect(audit.map((entry) => [entry.action, entry.entityType])).toEqual([['supplierCreate', 'Supplier']]);
    const events = await t.db.prisma.outboxEvent.findMany({
      where: { organizationId: org.organizationId, aggregateId: id },
    });
    expect(events.map((event) => event.type)).toEqual(['supplier.created']);
    expect(events[0].payload).toMatchObject({ code: 'ACME', name: 'Acme Components' });
  });

  it('defaults currency to the organization base currency and payment terms to 30 days', async () => {
    const supplier = await createSupplier(t, buyer, { name: 'Defaults Ltd' });
    expect(supplier).toMatchObject({
      currency: 'EUR',
      paymentTermsDays: 30,
      email: null,
      address: null,
      isActive: true,
    });
  });

  it('generates SUP-00001, SUP-00002, ... per organization, skipping codes chosen by hand', async () => {
    const fresh = await t.newOrg('Supplier Codes Org');
    const key = await fresh.key('PURCHASING');
    expect((await createSupplier(t, key, { name: 'First' })).code).toBe('SUP-00001');
    expect((await createSupplier(t, key, { name: 'Hand picked', code: 'sup-00002' })).code).toBe('sup-00002');
    expect((await createSupplier(t, key, { name: 'Third' })).code).toBe('SUP-00003');
    // Another organization has its own sequence.
    const other = await (await t.newOrg('Other Codes Org')).key('PURCHASING');
    expect((await createSupplier(t, other, { name: 'Elsewhere' })).code).toBe('SUP-00001');
  });

  it('refuses a code already used, ignoring case, with CODE_TAKEN on input.code', async () => {
    await createSupplier(t, buyer, { name: 'Original', code: 'Taken-1' });
    for (const code of ['Taken-1', 'TAKEN-1', 'taken-1']) {
      const result = await create({ name: 'Copy', code });
      expect(result.supplier).toBeNull();
      expect(errorsOf(result)).toEqual([['CODE_TAKEN', ['input', 'code']]]);
    }
  });

  it('names every invalid field and writes nothing', async () => {
    const before = await t.db.prisma.supplier.count({ where: { organizationId: org.organizationId } });
    const result = await create({
      name: '   ',
      code: 'bad code!',
      email: 'not-an-email',
      taxId: 'x'.repeat(51),
      address: { country: 'Germany', city: 'y'.repeat(201) },
      currency: 'XYZ',
      paymentTermsDays: 366,
    });
    expect(result.supplier).toBeNull();
    expect(errorsOf(result).sort()).toEqual(
      [
        ['REQUIRED', ['input', 'name']],
        ['INVALID_CODE', ['input', 'code']],
        ['INVALID_EMAIL', ['input', 'email']],
        ['TOO_LONG', ['input', 'taxId']],
        ['TOO_LONG', ['input', 'address', 'city']],
        ['INVALID_COUNTRY', ['input', 'address', 'country']],
        ['INVALID_CURRENCY', ['input', 'currency']],
        ['OUT_OF_RANGE', ['input', 'paymentTermsDays']],
      ].sort(),
    );
    expect(await t.db.prisma.supplier.count({ where: { organizationId: org.organizationId } })).toBe(before);
  });

  it('accepts payment terms from 0 to 365 and refuses negative ones', async () => {
    expect((await createSupplier(t, buyer, { name: 'Cash', paymentTermsDays: 0 })).paymentTermsDays).toBe(0);
    expect((await createSupplier(t, buyer, { name: 'Year', paymentTermsDays: 365 })).paymentTermsDays).toBe(365);
    expect(errorsOf(await create({ name: 'Negative', paymentTermsDays: -1 }))).toEqual([
      ['OUT_OF_RANGE', ['input', 'paymentTermsDays']],
    ]);
  });
});

describe('supplierUpdate', () => {
  it('changes only the given fields, clears with null and increases the version', async () => {
    const supplier = await createSupplier(t, buyer, {
      name: 'Update Me',
      email: 'a@update.example',
      phone: '123',
      address: { city: 'Hamburg', country: 'DE' },
    });
    const result = await update({
      id: supplier.id,
      expectedVersion: 1,
      name: 'Updated',
      phone: null,
      address: null,
      paymentTermsDays: 60,
    });
    expect(result.errors).toEqual([]);
    expect(result.supplier).toMatchObject({
      id: supplier.id,
      code: supplier.code,
      name: 'Updated',
      email: 'a@update.example',
      phone: null,
      address: null,
      paymentTermsDays: 60,
      version: 2,
    });
    const events = await t.db.prisma.outboxEvent.findMany({
      where: { organizationId: org.organizationId, aggregateId: rowId(supplier.id), type: 'supplier.updated' },
    });
    expect(events).toHaveLength(1);
    expect((events[0].payload as { changed: string[] }).changed.sort()).toEqual([
      'address',
      'name',
      'paymentTermsDays',
      'phone',
    ]);
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({
      where: { organizationId: org.organizationId, entityId: rowId(supplier.id), action: 'supplierUpdate' },
    });
    expect(audit.before).toMatchObject({ name: 'Update Me', version: 1 });
    expect(audit.after).toMatchObject({ name: 'Updated', version: 2 });
  });

  it('refuses a stale expectedVersion with STALE_VERSION and changes nothing', async () => {
    const supplier = await createSupplier(t, buyer, { name: 'Versioned' });
    expect((await update({ id: supplier.id, expectedVersion: 1, name: 'Versioned v2' })).errors).toEqual([]);
    const stale = await update({ id: supplier.id, expectedVersion: 1, name: 'Lost update' });
    expect(stale.supplier).toBeNull();
    expect(errorsOf(stale)).toEqual([['STALE_VERSION', ['input', 'expectedVersion']]]);
    const now = (await t.gql(buyer, SUPPLIER, { id: supplier.id })).data.supplier as SupplierData;
    expect(now).toMatchObject({ name: 'Versioned v2', version: 2 });
  });

  it('refuses a code of another supplier ignoring case, but lets a supplier change the case of its own code', async () => {
    await createSupplier(t, buyer, { name: 'Holder', code: 'HOLDER' });
    const mover = await createSupplier(t, buyer, { name: 'Mover', code: 'MOVER' });
    expect(errorsOf(await update({ id: mover.id, code: 'holder' }))).toEqual([['CODE_TAKEN', ['input', 'code']]]);
    const recased = await update({ id: mover.id, code: 'Mover' });
    expect(recased.errors).toEqual([]);
    expect(recased.supplier?.code).toBe('Mover');
  });

  it('refuses clearing name, code, currency or payment terms, naming the fields', async () => {
    const supplier = await createSupplier(t, buyer, { name: 'Required Fields' });
    const result = await update({
      id: supplier.id,
      name: '',
      code: null,
      currency: null,
      paymentTermsDays: null,
      email: 'nope',
    });
    expect(errorsOf(result).sort()).toEqual(
      [
        ['REQUIRED', ['input', 'name']],
        ['REQUIRED', ['input', 'code']],
        ['REQUIRED', ['input', 'currency']],
        ['REQUIRED', ['input', 'paymentTermsDays']],
        ['INVALID_EMAIL', ['input', 'email']],
      ].sort(),
    );
  });

  it('answers NOT_FOUND for an unknown id or the id of another type', async () => {
    const missing = Buffer.from('Supplier:00000000-0000-4000-8000-000000000000').toString('base64url');
    expect(errorsOf(await update({ id: missing, name: 'x' }))).toEqual([['NOT_FOUND', ['input', 'id']]]);
    const customerId = Buffer.from('Customer:00000000-0000-4000-8000-000000000000').toString('base64url');
    expect(errorsOf(await update({ id: customerId, name: 'x' }))).toEqual([['NOT_FOUND', ['input', 'id']]]);
  });
});
