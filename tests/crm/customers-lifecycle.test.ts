import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import {
  AUDIT_LOG,
  CUSTOMER,
  CUSTOMER_ARCHIVE,
  CUSTOMER_DELETE,
  CUSTOMER_MERGE,
  CUSTOMER_RESTORE,
  CUSTOMER_UPDATE,
} from './documents.js';
import {
  createContact,
  createCustomer,
  orgCounts,
  payload,
  readNode,
  rowId,
  topLevelCode,
  type ContactData,
  type CustomerData,
} from './helpers.js';

let t: TestApp;
let org: TestOrg;
let sales: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Lifecycle Org');
  sales = await org.key('SALES');
});
afterAll(() => t.close());

type Customer = CustomerData & { contacts: { totalCount: number; nodes: ContactData[] } };

async function mutate(document: string, field: string, input: Record<string, unknown>) {
  return payload<{ customer: Customer | null }>(await t.gql(sales, document, { input }), field);
}

async function read(id: string): Promise<Customer | null> {
  const res = await t.gql(sales, CUSTOMER, { id });
  expect(res.errors).toBeUndefined();
  return res.data.customer;
}

const codesOf = (errors: { code: string; field: string[] | null }[]) =>
  errors.map((error) => [error.code, error.field]);

describe('customerArchive and customerRestore', () => {
  it('archives an active customer and restores it, each a new version', async () => {
    const customer = await createCustomer(t, sales, { name: 'Seasonal' });
    const archived = await mutate(CUSTOMER_ARCHIVE, 'customerArchive', { id: customer.id, expectedVersion: 1 });
    expect(archived.errors).toEqual([]);
    expect(archived.customer).toMatchObject({ status: 'ARCHIVED', version: 2, name: 'Seasonal' });
    // Archived customers stay readable.
    expect((await read(customer.id))?.status).toBe('ARCHIVED');

    const restored = await mutate(CUSTOMER_RESTORE, 'customerRestore', { id: customer.id });
    expect(restored.errors).toEqual([]);
    expect(restored.customer).toMatchObject({ status: 'ACTIVE', version: 3 });
  });

  it('refuses to archive twice (ALREADY_ARCHIVED) and to restore an active customer (NOT_ARCHIVED)', async () => {
    const customer = await createCustomer(t, sales, { name: 'Twice' });
    const notArchived = await mutate(CUSTOMER_RESTORE, 'customerRestore', { id: customer.id });
    expect(notArchived.customer).toBeNull();
    expect(notArchived.errors).toEqual([
      { code: 'NOT_ARCHIVED', message: `Customer ${customer.code} is not archived`, field: ['input', 'id'] },
    ]);

    await mutate(CUSTOMER_ARCHIVE, 'customerArchive', { id: customer.id });
    const before = await orgCounts(t, org.organizationId);
    const again = await mutate(CUSTOMER_ARCHIVE, 'customerArchive', { id: customer.id });
    expect(again.customer).toBeNull();
    expect(again.errors).toEqual([
      { code: 'ALREADY_ARCHIVED', message: `Customer ${customer.code} is already archived`, field: ['input', 'id'] },
    ]);
    expect(await orgCounts(t, org.organizationId)).toEqual(before);
    expect((await read(customer.id))?.version).toBe(2);
  });

  it('checks expectedVersion on archive', async () => {
    const customer = await createCustomer(t, sales, { name: 'Versioned Archive' });
    const stale = await mutate(CUSTOMER_ARCHIVE, 'customerArchive', { id: customer.id, expectedVersion: 7 });
    expect(codesOf(stale.errors)).toEqual([['STALE_VERSION', ['input', 'expectedVersion']]]);
    expect((await read(customer.id))?.status).toBe('ACTIVE');
  });
});

describe('customerDelete', () => {
  it('deletes a customer together with its contacts', async () => {
    const customer = await createCustomer(t, sales, { name: 'Short Lived' });
    const contacts = [
      await createContact(t, sales, { customerId: customer.id, name: 'Ann', isPrimary: true }),
      await createContact(t, sales, { customerId: customer.id, name: 'Ben' }),
    ];
    const result = payload(
      await t.gql(sales, CUSTOMER_DELETE, { input: { id: customer.id, expectedVersion: 1 } }),
      'customerDelete',
    );
    expect(result).toEqual({ deletedCustomerId: customer.id, errors: [] });

    expect(await read(customer.id)).toBeNull();
    for (const id of [customer.id, ...contacts.map((contact) => contact.id)])
      expect(await readNode(t, sales, id)).toBeNull();
    expect(await t.db.prisma.customer.count({ where: { id: rowId(customer.id) } })).toBe(0);
    expect(await t.db.prisma.contact.count({ where: { customerId: rowId(customer.id) } })).toBe(0);
    const deletion = await t.db.prisma.auditLog.findFirstOrThrow({
      where: { entityId: rowId(customer.id), action: 'customerDelete' },
    });
    expect(deletion.after).toBeNull();
    expect((deletion.before as { name: string; contacts: unknown[] }).name).toBe('Short Lived');
    expect((deletion.before as { contacts: unknown[] }).contacts).toHaveLength(2);
  });

  it('refuses a stale version and an unknown customer', async () => {
    const customer = await createCustomer(t, sales, { name: 'Kept' });
    const stale = payload(
      await t.gql(sales, CUSTOMER_DELETE, { input: { id: customer.id, expectedVersion: 2 } }),
      'customerDelete',
    );
    expect(stale.deletedCustomerId).toBeNull();
    expect(codesOf(stale.errors)).toEqual([['STALE_VERSION', ['input', 'expectedVersion']]]);
    expect(await read(customer.id)).not.toBeNull();

    const deleted = payload(await t.gql(sales, CUSTOMER_DELETE, { input: { id: customer.id } }), 'customerDelete');
    expect(deleted.errors).toEqual([]);
    const again = payload(await t.gql(sales, CUSTOMER_DELETE, { input: { id: customer.id } }), 'customerDelete');
    expect(codesOf(again.errors)).toEqual([['NOT_FOUND', ['input', 'id']]]);
  });

  it('refuses to delete a merge target with CUSTOMER_IN_USE and keeps everything', async () => {
    const target = await createCustomer(t, sales, { name: 'Merge Target Kept' });
    const source = await createCustomer(t, sales, { name: 'Merged Away' });
    expect(
      (await mutate(CUSTOMER_MERGE, 'customerMerge', { sourceId: source.id, targetId: target.id })).errors,
    ).toEqual([]);

    const before = await orgCounts(t, org.organizationId);
    const refused = payload(await t.gql(sales, CUSTOMER_DELETE, { input: { id: target.id } }), 'customerDelete');
    expect(refused.deletedCustomerId).toBeNull();
    expect(refused.errors).toEqual([
      {
        code: 'CUSTOMER_IN_USE',
        message: expect.stringContaining('target of 1 merged customer'),
        field: ['input', 'id'],
      },
    ]);
    expect(await orgCounts(t, org.organizationId)).toEqual(before);
    expect(await read(target.id)).not.toBeNull();
    expect((await read(source.id))?.mergedInto?.id).toBe(target.id);
  });
});

describe('customerMerge', () => {
  let target: CustomerData;
  let source: CustomerData;
  let targetPrimary: ContactData;
  let sourceContacts: ContactData[];
  let merged: Customer;

  beforeAll(async () => {
    target = await createCustomer(t, sales, {
      name: 'Target AG',
      email: 'target@example.com',
      tags: ['vip', 'north'],
      creditLimit: '100',
    });
    source = await createCustomer(t, sales, {
      name: 'Target AG (duplicate)',
      email: 'dupe@example.com',
      phone: '+49 40 555',
      website: 'target.example',
      taxId: 'DE999',
      billingAddress: { line1: 'Dupe St 1', city: 'Bremen', country: 'DE' },
      tags: ['north', 'south'],
      creditLimit: '9999',
    });
    targetPrimary = await createContact(t, sales, { customerId: target.id, name: 'Tara Target', isPrimary: true });
    sourceContacts = [
      await createContact(t, sales, { customerId: source.id, name: 'Sam Source', isPrimary: true }),
      await createContact(t, sales, { customerId: source.id, name: 'Abe Source' }),
    ];
    const result = await mutate(CUSTOMER_MERGE, 'customerMerge', {
      sourceId: source.id,
      targetId: target.id,
      expectedSourceVersion: 1,
      expectedTargetVersion: 1,
    });
    expect(result.errors).toEqual([]);
    merged = result.customer!;
  });

  it("returns the target with the source's contacts, the target's primary kept", async () => {
    expect(merged.id).toBe(target.id);
    expect(merged.contacts.totalCount).toBe(3);
    expect(merged.contacts.nodes.map((contact) => [contact.name, contact.isPrimary])).toEqual([
      ['Tara Target', true],
      ['Abe Source', false],
      ['Sam Source', false],
    ]);
    expect(merged.contacts.nodes.every((contact) => contact.customer.id === target.id)).toBe(true);
    expect(new Set(merged.contacts.nodes.map((contact) => contact.id))).toEqual(
      new Set([targetPrimary.id, ...sourceContacts.map((contact) => contact.id)]),
    );
  });

  it("fills the target's empty fields from the source, keeps its own values and unites the tags", async () => {
    expect(merged).toMatchObject({
      name: 'Target AG',
      email: 'target@example.com',
      phone: '+49 40 555',
      website: 'target.example',
      taxId: 'DE999',
      billingAddress: { line1: 'Dupe St 1', city: 'Bremen', country: 'DE' },
      shippingAddress: null,
      creditLimit: { amount: '100.00', currency: 'EUR' },
      tags: ['vip', 'north', 'south'],
      status: 'ACTIVE',
      version: 2,
      mergedInto: null,
    });
  });

  it('archives the source pointing at the target, with no contacts left', async () => {
    const after = await read(source.id);
    expect(after).toMatchObject({
      status: 'ARCHIVED',
      mergedInto: { id: target.id, code: target.code },
      version: 2,
      contacts: { totalCount: 0, nodes: [] },
    });
  });

  it('refuses to restore a merged source (CUSTOMER_MERGED) or merge it again', async () => {
    const restore = await mutate(CUSTOMER_RESTORE, 'customerRestore', { id: source.id });
    expect(restore.customer).toBeNull();
    expect(codesOf(restore.errors)).toEqual([['CUSTOMER_MERGED', ['input', 'id']]]);

    const other = await createCustomer(t, sales, { name: 'Third Party' });
    const again = await mutate(CUSTOMER_MERGE, 'customerMerge', { sourceId: source.id, targetId: other.id });
    expect(codesOf(again.errors)).toEqual([['CUSTOMER_MERGED', ['input', 'sourceId']]]);
    expect((await read(source.id))?.mergedInto?.id).toBe(target.id);
  });

  it("moves the source's primary contact over as primary when the target has none", async () => {
    const lonelyTarget = await createCustomer(t, sales, { name: 'No Primary Yet' });
    await createContact(t, sales, { customerId: lonelyTarget.id, name: 'Zed Plain' });
    const withPrimary = await createCustomer(t, sales, { name: 'Has Primary' });
    await createContact(t, sales, { customerId: withPrimary.id, name: 'Pia Primary', isPrimary: true });
    const result = await mutate(CUSTOMER_MERGE, 'customerMerge', {
      sourceId: withPrimary.id,
      targetId: lonelyTarget.id,
    });
    expect(result.errors).toEqual([]);
    expect(result.customer!.contacts.nodes.map((contact) => [contact.name, contact.isPrimary])).toEqual([
      ['Pia Primary', true],
      ['Zed Plain', false],
    ]);
  });

  it('does not carry a credit limit over to a target in another currency', async () => {
    const dollars = await createCustomer(t, sales, { name: 'Dollar Target', currency: 'USD' });
    const euros = await createCustomer(t, sales, {
      name: 'Euro Source',
      creditLimit: '500',
      email: 'euro@example.com',
    });
    const result = await mutate(CUSTOMER_MERGE, 'customerMerge', { sourceId: euros.id, targetId: dollars.id });
    expect(result.errors).toEqual([]);
    expect(result.customer).toMatchObject({ creditLimit: null, email: 'euro@example.com', currency: 'USD' });
  });

  it('refuses to merge a customer into itself (MERGE_SAME_CUSTOMER)', async () => {
    const customer = await createCustomer(t, sales, { name: 'Narcissus' });
    const before = await orgCounts(t, org.organizationId);
    const result = await mutate(CUSTOMER_MERGE, 'customerMerge', { sourceId: customer.id, targetId: customer.id });
    expect(result.customer).toBeNull();
    expect(codesOf(result.errors)).toEqual([['MERGE_SAME_CUSTOMER', ['input', 'targetId']]]);
    expect(await orgCounts(t, org.organizationId)).toEqual(before);
    expect(await read(customer.id)).toMatchObject({ status: 'ACTIVE', version: 1 });
  });

  it('refuses to merge into an archived target (CUSTOMER_ARCHIVED) and moves nothing', async () => {
    const archivedTarget = await createCustomer(t, sales, { name: 'Archived Target' });
    await mutate(CUSTOMER_ARCHIVE, 'customerArchive', { id: archivedTarget.id });
    const activeSource = await createCustomer(t, sales, { name: 'Active Source' });
    const contact = await createContact(t, sales, { customerId: activeSource.id, name: 'Stays Put' });
    const result = await mutate(CUSTOMER_MERGE, 'customerMerge', {
      sourceId: activeSource.id,
      targetId: archivedTarget.id,
    });
    expect(result.customer).toBeNull();
    expect(codesOf(result.errors)).toEqual([['CUSTOMER_ARCHIVED', ['input', 'targetId']]]);
    const after = await read(activeSource.id);
    expect(after).toMatchObject({ status: 'ACTIVE', mergedInto: null, version: 1 });
    expect(after!.contacts.nodes.map((node) => node.id)).toEqual([contact.id]);
  });

  it('reports stale versions of source and target on their fields', async () => {
    const a = await createCustomer(t, sales, { name: 'Stale A' });
    const b = await createCustomer(t, sales, { name: 'Stale B' });
    const result = await mutate(CUSTOMER_MERGE, 'customerMerge', {
      sourceId: a.id,
      targetId: b.id,
      expectedSourceVersion: 2,
      expectedTargetVersion: 3,
    });
    expect(codesOf(result.errors)).toEqual([
      ['STALE_VERSION', ['input', 'expectedSourceVersion']],
      ['STALE_VERSION', ['input', 'expectedTargetVersion']],
    ]);
    expect((await read(a.id))?.status).toBe('ACTIVE');
  });

  it('reports unknown source and target ids as NOT_FOUND on their fields', async () => {
    const unknown = Buffer.from('Customer:00000000-0000-4000-8000-000000000001').toString('base64url');
    const contactId = sourceContacts[0].id;
    const result = await mutate(CUSTOMER_MERGE, 'customerMerge', { sourceId: unknown, targetId: target.id });
    expect(codesOf(result.errors)).toEqual([['NOT_FOUND', ['input', 'sourceId']]]);
    const wrongType = await mutate(CUSTOMER_MERGE, 'customerMerge', { sourceId: source.id, targetId: contactId });
    expect(codesOf(wrongType.errors)).toEqual([['NOT_FOUND', ['input', 'targetId']]]);
  });
});

describe('audit log', () => {
  let admin: string;
  let customer: CustomerData;

  beforeAll(async () => {
    admin = org.adminKey;
    customer = await createCustomer(t, sales, { name: 'Audited', email: 'audit@example.com' });
    const updated = await mutate(CUSTOMER_UPDATE, 'customerUpdate', {
      id: customer.id,
      name: 'Audited Renamed',
      expectedVersion: 1,
    });
    expect(updated.errors).toEqual([]);
    // A refused change leaves no entry.
    expect((await mutate(CUSTOMER_UPDATE, 'customerUpdate', { id: customer.id, email: 'bad' })).errors).toHaveLength(1);
    expect((await mutate(CUSTOMER_ARCHIVE, 'customerArchive', { id: customer.id })).errors).toEqual([]);
  });

  it("shows a customer's history to ADMIN, newest first, with snapshots and the actor", async () => {
    const res = await t.gql(admin, AUDIT_LOG, { where: { entityId: customer.id } });
    expect(res.errors).toBeUndefined();
    const { totalCount, nodes } = res.data.auditLog;
    expect(totalCount).toBe(3);
    expect(nodes.map((entry: { action: string }) => entry.action)).toEqual([
      'customerArchive',
      'customerUpdate',
      'customerCreate',
    ]);
    for (const entry of nodes) {
      expect(entry).toMatchObject({
        entityType: 'Customer',
        entityId: customer.id,
        actorName: 'SALES key',
        actor: { name: 'SALES key' },
      });
      expect(entry.requestId).toEqual(expect.any(String));
    }
    const [archive, update, create] = nodes;
    expect(create.before).toBeNull();
    expect(create.after).toMatchObject({ name: 'Audited', email: 'audit@example.com', version: 1, status: 'ACTIVE' });
    expect(update.before).toMatchObject({ name: 'Audited', version: 1 });
    expect(update.after).toMatchObject({ name: 'Audited Renamed', email: 'audit@example.com', version: 2 });
    expect(archive.before).toMatchObject({ status: 'ACTIVE', version: 2 });
    expect(archive.after).toMatchObject({ status: 'ARCHIVED', version: 3 });
  });

  it('records both sides of a merge', async () => {
    const a = await createCustomer(t, sales, { name: 'Merge Audit Source' });
    const b = await createCustomer(t, sales, { name: 'Merge Audit Target' });
    expect((await mutate(CUSTOMER_MERGE, 'customerMerge', { sourceId: a.id, targetId: b.id })).errors).toEqual([]);
    const res = await t.gql(admin, AUDIT_LOG, {
      where: { action: { equals: 'customerMerge' }, OR: [{ entityId: a.id }, { entityId: b.id }] },
    });
    const entries = res.data.auditLog.nodes as {
      entityId: string;
      after: { status: string; mergedIntoId: string | null };
    }[];
    expect(entries).toHaveLength(2);
    const bySide = Object.fromEntries(entries.map((entry) => [entry.entityId, entry.after]));
    expect(bySide[a.id]).toMatchObject({ status: 'ARCHIVED', mergedIntoId: rowId(b.id) });
    expect(bySide[b.id]).toMatchObject({ status: 'ACTIVE', mergedIntoId: null });
  });

  it('refuses auditLog to keys without ADMIN', async () => {
    for (const key of [sales, await org.key('ACCOUNTING'), await org.key('HR')]) {
      const res = await t.gql(key, AUDIT_LOG, { where: { entityId: customer.id } });
      expect(topLevelCode(res)).toBe('FORBIDDEN');
      expect(res.data?.auditLog ?? null).toBeNull();
    }
  });
});
