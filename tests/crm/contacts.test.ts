import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import {
  CONTACT_CREATE,
  CONTACT_DELETE,
  CONTACT_SET_PRIMARY,
  CONTACT_UPDATE,
  CUSTOMER_ARCHIVE,
  CUSTOMER_CONTACTS,
  CUSTOMER_RESTORE,
} from './documents.js';
import {
  createContact,
  createCustomer,
  orgCounts,
  payload,
  readNode,
  rowId,
  type ContactData,
  type CustomerData,
} from './helpers.js';

let t: TestApp;
let org: TestOrg;
let sales: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Contacts Org');
  sales = await org.key('SALES');
});
afterAll(() => t.close());

async function mutate(document: string, field: string, input: Record<string, unknown>) {
  return payload<{ contact: ContactData | null; customer: { id: string } | null }>(
    await t.gql(sales, document, { input }),
    field,
  );
}

/** Name and primary flag of every contact, in the order customer.contacts lists them. */
async function contactsOf(customerId: string): Promise<[string, boolean][]> {
  const res = await t.gql(sales, CUSTOMER_CONTACTS, { id: customerId, first: 100 });
  expect(res.errors).toBeUndefined();
  const nodes = res.data.customer.contacts.nodes as { name: string; isPrimary: boolean }[];
  expect(res.data.customer.contacts.totalCount).toBe(nodes.length);
  return nodes.map((node) => [node.name, node.isPrimary]);
}

const codesOf = (errors: { code: string; field: string[] | null }[]) =>
  errors.map((error) => [error.code, error.field]);

describe('contactCreate, contactUpdate, contactDelete', () => {
  let customer: CustomerData;

  beforeAll(async () => {
    customer = await createCustomer(t, sales, { name: 'Contact Holder' });
  });

  it('creates a contact with every field, normalised', async () => {
    const result = await mutate(CONTACT_CREATE, 'contactCreate', {
      customerId: customer.id,
      name: '  Maria Muster ',
      email: ' Maria.Muster@Example.COM',
      phone: '+49 170 1234567',
      jobTitle: 'Head of Purchasing',
    });
    expect(result.errors).toEqual([]);
    expect(result.contact).toMatchObject({
      name: 'Maria Muster',
      email: 'maria.muster@example.com',
      phone: '+49 170 1234567',
      jobTitle: 'Head of Purchasing',
      isPrimary: false,
      customer: { id: customer.id },
    });
    expect(result.customer).toEqual({ id: customer.id, version: 1 });
    expect(await readNode(t, sales, result.contact!.id)).toEqual({
      __typename: 'Contact',
      id: result.contact!.id,
      name: 'Maria Muster',
    });
  });

  it('validates the name, email and lengths with field paths, writing nothing', async () => {
    const before = await orgCounts(t, org.organizationId);
    const result = await mutate(CONTACT_CREATE, 'contactCreate', {
      customerId: customer.id,
      name: ' ',
      email: 'maria@',
      jobTitle: 'x'.repeat(101),
    });
    expect(result.contact).toBeNull();
    expect(codesOf(result.errors)).toEqual([
      ['REQUIRED', ['input', 'name']],
      ['INVALID_EMAIL', ['input', 'email']],
      ['TOO_LONG', ['input', 'jobTitle']],
    ]);
    expect(await orgCounts(t, org.organizationId)).toEqual(before);
  });

  it('updates only the given fields and clears those given as null', async () => {
    const contact = await createContact(t, sales, {
      customerId: customer.id,
      name: 'Otto',
      email: 'otto@example.com',
      phone: '1',
      jobTitle: 'CEO',
    });
    const result = await mutate(CONTACT_UPDATE, 'contactUpdate', {
      id: contact.id,
      phone: null,
      jobTitle: 'CFO',
      email: 'OTTO@example.org',
    });
    expect(result.errors).toEqual([]);
    expect(result.contact).toMatchObject({
      id: contact.id,
      name: 'Otto',
      email: 'otto@example.org',
      phone: null,
      jobTitle: 'CFO',
      isPrimary: false,
    });
    expect(result.customer).toEqual({ id: customer.id });

    const refused = await mutate(CONTACT_UPDATE, 'contactUpdate', { id: contact.id, name: null });
    expect(codesOf(refused.errors)).toEqual([['REQUIRED', ['input', 'name']]]);
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({
      where: { entityId: rowId(contact.id), action: 'contactUpdate' },
    });
    expect(audit.before).toMatchObject({ jobTitle: 'CEO', phone: '1' });
    expect(audit.after).toMatchObject({ jobTitle: 'CFO', phone: null });
  });

  it('deletes a contact', async () => {
    const contact = await createContact(t, sales, { customerId: customer.id, name: 'Temp' });
    const before = (await contactsOf(customer.id)).length;
    const result = payload(await t.gql(sales, CONTACT_DELETE, { input: { id: contact.id } }), 'contactDelete');
    expect(result).toEqual({
      deletedContactId: contact.id,
      customer: { id: customer.id, contacts: { totalCount: before - 1 } },
      errors: [],
    });
    expect(await readNode(t, sales, contact.id)).toBeNull();
    const again = payload(await t.gql(sales, CONTACT_DELETE, { input: { id: contact.id } }), 'contactDelete');
    expect(again.deletedContactId).toBeNull();
    expect(codesOf(again.errors)).toEqual([['NOT_FOUND', ['input', 'id']]]);
  });
});

describe('primary contact', () => {
  it('keeps at most one primary: creating with isPrimary moves the flag', async () => {
    const customer = await createCustomer(t, sales, { name: 'Primary Moves' });
    const first = await createContact(t, sales, { customerId: customer.id, name: 'Carl', isPrimary: true });
    expect(first.isPrimary).toBe(true);
    await createContact(t, sales, { customerId: customer.id, name: 'Anna' });
    expect(await contactsOf(customer.id)).toEqual([
      ['Carl', true],
      ['Anna', false],
    ]);
    const second = await createContact(t, sales, { customerId: customer.id, name: 'Bert', isPrimary: true });
    expect(second.isPrimary).toBe(true);
    expect(await contactsOf(customer.id)).toEqual([
      ['Bert', true],
      ['Anna', false],
      ['Carl', false],
    ]);
  });

  it('moves the flag with contactSetPrimary, and setting it again changes nothing', async () => {
    const customer = await createCustomer(t, sales, { name: 'Set Primary' });
    const dora = await createContact(t, sales, { customerId: customer.id, name: 'Dora', isPrimary: true });
    const emil = await createContact(t, sales, { customerId: customer.id, name: 'Emil' });
    const result = await mutate(CONTACT_SET_PRIMARY, 'contactSetPrimary', { id: emil.id });
    expect(result.errors).toEqual([]);
    expect(result.contact).toMatchObject({ id: emil.id, isPrimary: true });
    expect(await contactsOf(customer.id)).toEqual([
      ['Emil', true],
      ['Dora', false],
    ]);
    const before = await orgCounts(t, org.organizationId);
    const again = await mutate(CONTACT_SET_PRIMARY, 'contactSetPrimary', { id: emil.id });
    expect(again.errors).toEqual([]);
    expect(again.contact?.isPrimary).toBe(true);
    expect(await orgCounts(t, org.organizationId)).toEqual(before);
    expect((await t.db.prisma.contact.findUniqueOrThrow({ where: { id: rowId(dora.id) } })).isPrimary).toBe(false);
  });

  it('does not let contactUpdate touch the flag, and deleting the primary leaves none', async () => {
    const customer = await createCustomer(t, sales, { name: 'Primary Deleted' });
    const primary = await createContact(t, sales, { customerId: customer.id, name: 'Fritz', isPrimary: true });
    await createContact(t, sales, { customerId: customer.id, name: 'Gina' });
    // The schema has no isPrimary on ContactUpdateInput; only contactSetPrimary moves the flag.
    const res = await t.gql(
      sales,
      `mutation { contactUpdate(input: { id: "${primary.id}", isPrimary: false }) { errors { code } } }`,
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('isPrimary');
    payload(await t.gql(sales, CONTACT_DELETE, { input: { id: primary.id } }), 'contactDelete');
    expect(await contactsOf(customer.id)).toEqual([['Gina', false]]);
  });

  it('lists contacts primary first, then by name, and pages through them', async () => {
    const customer = await createCustomer(t, sales, { name: 'Ordering' });
    for (const name of ['Uwe', 'Ida', 'Olga', 'Karl']) await createContact(t, sales, { customerId: customer.id, name });
    await createContact(t, sales, { customerId: customer.id, name: 'Zora', isPrimary: true });
    expect(await contactsOf(customer.id)).toEqual([
      ['Zora', true],
      ['Ida', false],
      ['Karl', false],
      ['Olga', false],
      ['Uwe', false],
    ]);
    const page1 = (await t.gql(sales, CUSTOMER_CONTACTS, { id: customer.id, first: 2 })).data.customer.contacts;
    expect(page1.nodes.map((node: { name: string }) => node.name)).toEqual(['Zora', 'Ida']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.totalCount).toBe(5);
    const page2 = (
      await t.gql(sales, CUSTOMER_CONTACTS, { id: customer.id, first: 2, after: page1.pageInfo.endCursor })
    ).data.customer.contacts;
    expect(page2.nodes.map((node: { name: string }) => node.name)).toEqual(['Karl', 'Olga']);
  });
});

describe('contacts and customer state', () => {
  it('refuses a contact on an archived customer (CUSTOMER_ARCHIVED) and accepts it after restore', async () => {
    const customer = await createCustomer(t, sales, { name: 'Sleeping' });
    expect(
      payload(await t.gql(sales, CUSTOMER_ARCHIVE, { input: { id: customer.id } }), 'customerArchive').errors,
    ).toEqual([]);
    const before = await orgCounts(t, org.organizationId);
    const refused = await mutate(CONTACT_CREATE, 'contactCreate', { customerId: customer.id, name: 'Too Late' });
    expect(refused.contact).toBeNull();
    expect(refused.errors).toEqual([
      { code: 'CUSTOMER_ARCHIVED', message: `Customer ${customer.code} is archived`, field: ['input', 'customerId'] },
    ]);
    expect(await orgCounts(t, org.organizationId)).toEqual(before);

    expect(
      payload(await t.gql(sales, CUSTOMER_RESTORE, { input: { id: customer.id } }), 'customerRestore').errors,
    ).toEqual([]);
    const accepted = await mutate(CONTACT_CREATE, 'contactCreate', { customerId: customer.id, name: 'Just In Time' });
    expect(accepted.errors).toEqual([]);
  });

  it('reports an ID of the wrong type as NOT_FOUND on that field', async () => {
    const customer = await createCustomer(t, sales, { name: 'Typed IDs' });
    const contact = await createContact(t, sales, { customerId: customer.id, name: 'Hans' });
    const before = await orgCounts(t, org.organizationId);

    const asCustomer = await mutate(CONTACT_CREATE, 'contactCreate', { customerId: contact.id, name: 'Nobody' });
    expect(asCustomer.contact).toBeNull();
    expect(asCustomer.errors).toEqual([
      {
        code: 'NOT_FOUND',
        message: 'customerId must be the ID of a Customer, not of a Contact',
        field: ['input', 'customerId'],
      },
    ]);
    const asContact = await mutate(CONTACT_UPDATE, 'contactUpdate', { id: customer.id, name: 'Nobody' });
    expect(codesOf(asContact.errors)).toEqual([['NOT_FOUND', ['input', 'id']]]);
    const setPrimary = await mutate(CONTACT_SET_PRIMARY, 'contactSetPrimary', { id: customer.id });
    expect(codesOf(setPrimary.errors)).toEqual([['NOT_FOUND', ['input', 'id']]]);
    const malformed = await mutate(CONTACT_CREATE, 'contactCreate', { customerId: 'not-an-id', name: 'Nobody' });
    expect(codesOf(malformed.errors)).toEqual([['NOT_FOUND', ['input', 'customerId']]]);
    expect(await orgCounts(t, org.organizationId)).toEqual(before);
  });

  it('writes an audit record and an event for each contact change', async () => {
    const customer = await createCustomer(t, sales, { name: 'Evented' });
    const contact = await createContact(t, sales, { customerId: customer.id, name: 'Ina', isPrimary: true });
    const events = await t.db.prisma.outboxEvent.findMany({
      where: { organizationId: org.organizationId, aggregateId: rowId(customer.id) },
      orderBy: { createdAt: 'asc' },
    });
    expect(events.map((event) => event.type)).toEqual(['customer.created', 'contact.created']);
    expect(events[1].payload).toMatchObject({ contactId: rowId(contact.id), isPrimary: true });
  });
});
