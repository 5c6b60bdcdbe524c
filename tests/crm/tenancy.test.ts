import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import {
  AUDIT_LOG,
  CONTACT_CREATE,
  CONTACT_DELETE,
  CONTACT_SET_PRIMARY,
  CONTACT_UPDATE,
  CUSTOMER,
  CUSTOMER_ARCHIVE,
  CUSTOMER_DELETE,
  CUSTOMER_MERGE,
  CUSTOMER_RESTORE,
  CUSTOMER_UPDATE,
  CUSTOMERS,
  NODES,
} from './documents.js';
import {
  createContact,
  createCustomer,
  orgCounts,
  payload,
  readNode,
  type ContactData,
  type CustomerData,
} from './helpers.js';

let t: TestApp;
let home: TestOrg;
let foreign: TestOrg;
let homeSales: string;
let foreignSales: string;
let customer: CustomerData;
let archived: CustomerData;
let contact: ContactData;
let foreignCustomer: CustomerData;

beforeAll(async () => {
  t = await createTestApp();
  home = await t.newOrg('Home Org');
  foreign = await t.newOrg('Foreign Org');
  homeSales = await home.key('SALES');
  foreignSales = await foreign.key('SALES');
  customer = await createCustomer(t, homeSales, { name: 'Home Customer', code: 'SHARED', tags: ['home'] });
  archived = await createCustomer(t, homeSales, { name: 'Home Archived' });
  expect(
    payload(await t.gql(homeSales, CUSTOMER_ARCHIVE, { input: { id: archived.id } }), 'customerArchive').errors,
  ).toEqual([]);
  contact = await createContact(t, homeSales, { customerId: customer.id, name: 'Home Contact', isPrimary: true });
  // Codes are unique per organization only.
  foreignCustomer = await createCustomer(t, foreignSales, { name: 'Foreign Customer', code: 'SHARED' });
});
afterAll(() => t.close());

/** The home organization's customer and contact, read by their owner: the baseline nothing foreign may change. */
async function homeState() {
  const res = await t.gql(homeSales, CUSTOMER, { id: customer.id });
  const archivedRes = await t.gql(homeSales, CUSTOMER, { id: archived.id });
  return {
    customer: res.data.customer,
    archived: archivedRes.data.customer,
    counts: await orgCounts(t, home.organizationId),
  };
}

describe('reading across organizations', () => {
  it('gives null for customer(id:) and node(id:) of another organization', async () => {
    expect((await t.gql(foreignSales, CUSTOMER, { id: customer.id })).data.customer).toBeNull();
    for (const id of [customer.id, contact.id]) expect(await readNode(t, foreignSales, id)).toBeNull();
    // The owner sees both.
    expect(await readNode(t, homeSales, contact.id)).toEqual({
      __typename: 'Contact',
      id: contact.id,
      name: 'Home Contact',
    });
  });

  it("gives null entries in nodes(ids:) for another organization's IDs", async () => {
    const res = await t.gql(foreignSales, NODES, { ids: [foreignCustomer.id, customer.id, contact.id] });
    expect(res.errors).toBeUndefined();
    expect(res.data.nodes).toEqual([{ __typename: 'Customer', id: foreignCustomer.id, code: 'SHARED' }, null, null]);
  });

  it("leaves other organizations' customers out of customers and its totalCount", async () => {
    const foreignList = (await t.gql(foreignSales, CUSTOMERS, { first: 100 })).data.customers;
    expect(foreignList.totalCount).toBe(1);
    expect(foreignList.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([foreignCustomer.id]);
    const searched = (await t.gql(foreignSales, CUSTOMERS, { where: { search: 'home' } })).data.customers;
    expect(searched).toMatchObject({ totalCount: 0, edges: [] });
    const homeList = (await t.gql(homeSales, CUSTOMERS, { where: { code: { equals: 'SHARED' } } })).data.customers;
    expect(homeList.totalCount).toBe(1);
    expect(homeList.edges[0].node.id).toBe(customer.id);
  });

  it('shows each organization only its own audit log', async () => {
    const foreignView = (await t.gql(foreign.adminKey, AUDIT_LOG, { where: { entityId: customer.id } })).data.auditLog;
    expect(foreignView).toEqual({ totalCount: 0, nodes: [] });
    const all = (await t.gql(foreign.adminKey, AUDIT_LOG, { first: 100 })).data.auditLog;
    const ownTotal = await t.db.prisma.auditLog.count({ where: { organizationId: foreign.organizationId } });
    expect(all.totalCount).toBe(ownTotal);
    expect(all.nodes.map((entry: { entityId: string }) => entry.entityId)).not.toContain(customer.id);
    expect(all.nodes.map((entry: { entityId: string }) => entry.entityId)).toContain(foreignCustomer.id);
    const homeView = (await t.gql(home.adminKey, AUDIT_LOG, { where: { entityId: customer.id } })).data.auditLog;
    expect(homeView.totalCount).toBe(1);
  });
});

describe('writing across organizations', () => {
  const codesOf = (result: { errors: { code: string; field: string[] | null }[] }) =>
    result.errors.map((error) => [error.code, error.field]);

  it("refuses every customer mutation on another organization's customer with NOT_FOUND and changes nothing", async () => {
    const before = await homeState();
    const attempts: [string, string, Record<string, unknown>, string][] = [
      [CUSTOMER_UPDATE, 'customerUpdate', { id: customer.id, name: 'Hijacked' }, 'id'],
      [CUSTOMER_ARCHIVE, 'customerArchive', { id: customer.id }, 'id'],
      [CUSTOMER_RESTORE, 'customerRestore', { id: archived.id }, 'id'],
      [CUSTOMER_DELETE, 'customerDelete', { id: customer.id }, 'id'],
      [CUSTOMER_MERGE, 'customerMerge', { sourceId: customer.id, targetId: foreignCustomer.id }, 'sourceId'],
      [CUSTOMER_MERGE, 'customerMerge', { sourceId: foreignCustomer.id, targetId: customer.id }, 'targetId'],
    ];
    for (const [document, field, input, errorField] of attempts) {
      const result = payload(await t.gql(foreignSales, document, { input }), field);
      expect(codesOf(result), field).toEqual([['NOT_FOUND', ['input', errorField]]]);
    }
    expect(await homeState()).toEqual(before);
    expect((await t.gql(foreignSales, CUSTOMER, { id: foreignCustomer.id })).data.customer).toMatchObject({
      status: 'ACTIVE',
      version: 1,
    });
  });

  it("refuses contact mutations on another organization's customers and contacts", async () => {
    const before = await homeState();
    const foreignCounts = await orgCounts(t, foreign.organizationId);
    const created = payload(
      await t.gql(foreignSales, CONTACT_CREATE, { input: { customerId: customer.id, name: 'Spy' } }),
      'contactCreate',
    );
    expect(created.contact).toBeNull();
    expect(codesOf(created)).toEqual([['NOT_FOUND', ['input', 'customerId']]]);
    for (const [document, field, input] of [
      [CONTACT_UPDATE, 'contactUpdate', { id: contact.id, name: 'Renamed By Spy' }],
      [CONTACT_SET_PRIMARY, 'contactSetPrimary', { id: contact.id }],
      [CONTACT_DELETE, 'contactDelete', { id: contact.id }],
    ] as const) {
      const result = payload(await t.gql(foreignSales, document, { input }), field);
      expect(codesOf(result), field).toEqual([['NOT_FOUND', ['input', 'id']]]);
    }
    expect(await homeState()).toEqual(before);
    expect(await orgCounts(t, foreign.organizationId)).toEqual(foreignCounts);
  });

  it('refuses an owner key of another organization', async () => {
    const foreignKeyId = (
      await t.db.prisma.apiKey.findFirstOrThrow({ where: { organizationId: foreign.organizationId } })
    ).id;
    const ownerId = Buffer.from(`ApiKey:${foreignKeyId}`).toString('base64url');
    const result = payload(
      await t.gql(homeSales, CUSTOMER_UPDATE, { input: { id: customer.id, ownerId } }),
      'customerUpdate',
    );
    expect(codesOf(result)).toEqual([['NOT_FOUND', ['input', 'ownerId']]]);
  });
});
