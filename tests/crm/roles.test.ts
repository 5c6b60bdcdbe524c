import type { Role } from '../../src/generated/prisma/enums.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import {
  CONTACT_CREATE,
  CONTACT_DELETE,
  CONTACT_SET_PRIMARY,
  CONTACT_UPDATE,
  CUSTOMER,
  CUSTOMER_ARCHIVE,
  CUSTOMER_CREATE,
  CUSTOMER_DELETE,
  CUSTOMER_MERGE,
  CUSTOMER_RESTORE,
  CUSTOMER_UPDATE,
  CUSTOMERS,
  NODE,
} from './documents.js';
import {
  createContact,
  createCustomer,
  orgCounts,
  payload,
  topLevelCode,
  type ContactData,
  type CustomerData,
} from './helpers.js';

let t: TestApp;
let org: TestOrg;
let keys: Record<Role, string>;
let customer: CustomerData;
let other: CustomerData;
let contact: ContactData;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Roles Org');
  const roles: Role[] = ['SALES', 'ACCOUNTING', 'WAREHOUSE', 'HR', 'EMPLOYEE', 'PURCHASING', 'PRODUCTION'];
  keys = { ADMIN: org.adminKey } as Record<Role, string>;
  for (const role of roles) keys[role] = await org.key(role);
  customer = await createCustomer(t, keys.SALES, { name: 'Role Target', email: 'role@example.com' });
  other = await createCustomer(t, keys.SALES, { name: 'Role Other' });
  contact = await createContact(t, keys.SALES, { customerId: customer.id, name: 'Role Contact' });
});
afterAll(() => t.close());

/** One call of every CRM mutation, against fresh records so that each would succeed for a writer. */
function everyMutation(): [string, string, Record<string, unknown>][] {
  return [
    [CUSTOMER_CREATE, 'customerCreate', { name: 'Forbidden New' }],
    [CUSTOMER_UPDATE, 'customerUpdate', { id: customer.id, name: 'Forbidden Rename' }],
    [CUSTOMER_ARCHIVE, 'customerArchive', { id: customer.id }],
    [CUSTOMER_RESTORE, 'customerRestore', { id: customer.id }],
    [CUSTOMER_DELETE, 'customerDelete', { id: other.id }],
    [CUSTOMER_MERGE, 'customerMerge', { sourceId: other.id, targetId: customer.id }],
    [CONTACT_CREATE, 'contactCreate', { customerId: customer.id, name: 'Forbidden Contact' }],
    [CONTACT_UPDATE, 'contactUpdate', { id: contact.id, name: 'Forbidden Contact Rename' }],
    [CONTACT_SET_PRIMARY, 'contactSetPrimary', { id: contact.id }],
    [CONTACT_DELETE, 'contactDelete', { id: contact.id }],
  ];
}

describe('reading customers', () => {
  it.each(['SALES', 'ACCOUNTING', 'WAREHOUSE', 'ADMIN'] as const)(
    'lets %s read customers, contacts and node(id:)',
    async (role) => {
      const one = await t.gql(keys[role], CUSTOMER, { id: customer.id });
      expect(one.errors).toBeUndefined();
      expect(one.data.customer).toMatchObject({
        name: 'Role Target',
        email: 'role@example.com',
        contacts: { totalCount: 1 },
      });
      expect(one.data.customer.contacts.nodes[0].name).toBe('Role Contact');
      const list = await t.gql(keys[role], CUSTOMERS, { first: 10 });
      expect(list.errors).toBeUndefined();
      expect(list.data.customers.totalCount).toBe(2);
      const node = await t.gql(keys[role], NODE, { id: customer.id });
      expect(node.data.node).toEqual({
        __typename: 'Customer',
        id: customer.id,
        code: customer.code,
        name: 'Role Target',
      });
    },
  );

  it.each(['HR', 'EMPLOYEE', 'PURCHASING', 'PRODUCTION'] as const)(
    'refuses %s customers, customer(id:) and node(id:) with FORBIDDEN',
    async (role) => {
      for (const [query, variables] of [
        [CUSTOMERS, { first: 10 }],
        [CUSTOMER, { id: customer.id }],
        [NODE, { id: customer.id }],
        [NODE, { id: contact.id }],
      ] as const) {
        const res = await t.gql(keys[role], query, variables);
        expect(topLevelCode(res)).toBe('FORBIDDEN');
        expect(JSON.stringify(res.data ?? null)).not.toContain('Role Target');
        expect(JSON.stringify(res.data ?? null)).not.toContain('Role Contact');
      }
    },
  );
});

describe('writing customers', () => {
  it.each(['ACCOUNTING', 'WAREHOUSE', 'HR', 'EMPLOYEE'] as const)(
    'refuses every CRM mutation to %s with FORBIDDEN, writing nothing',
    async (role) => {
      const before = await orgCounts(t, org.organizationId);
      for (const [document, field, input] of everyMutation()) {
        const res = await t.gql(keys[role], document, { input });
        expect(topLevelCode(res), field).toBe('FORBIDDEN');
        expect(res.errors![0].message).toContain(field);
        expect(res.data?.[field] ?? null).toBeNull();
      }
      expect(await orgCounts(t, org.organizationId)).toEqual(before);
      const after = (await t.gql(keys.SALES, CUSTOMER, { id: customer.id })).data.customer;
      expect(after).toMatchObject({ name: 'Role Target', status: 'ACTIVE', version: 1 });
    },
  );

  it.each(['SALES', 'ADMIN'] as const)('lets %s run every CRM mutation', async (role) => {
    const key = keys[role];
    const target = await createCustomer(t, key, { name: `${role} Target` });
    const source = await createCustomer(t, key, { name: `${role} Source` });
    const doomed = await createCustomer(t, key, { name: `${role} Doomed` });
    const person = await createContact(t, key, { customerId: target.id, name: `${role} Person` });
    const calls: [string, string, Record<string, unknown>][] = [
      [CUSTOMER_UPDATE, 'customerUpdate', { id: target.id, phone: '1' }],
      [CUSTOMER_ARCHIVE, 'customerArchive', { id: target.id }],
      [CUSTOMER_RESTORE, 'customerRestore', { id: target.id }],
      [CONTACT_UPDATE, 'contactUpdate', { id: person.id, jobTitle: 'Buyer' }],
      [CONTACT_SET_PRIMARY, 'contactSetPrimary', { id: person.id }],
      [CUSTOMER_MERGE, 'customerMerge', { sourceId: source.id, targetId: target.id }],
      [CONTACT_DELETE, 'contactDelete', { id: person.id }],
      [CUSTOMER_DELETE, 'customerDelete', { id: doomed.id }],
    ];
    for (const [document, field, input] of calls) {
      expect(payload(await t.gql(key, document, { input }), field).errors, field).toEqual([]);
    }
    const after = (await t.gql(key, CUSTOMER, { id: target.id })).data.customer;
    expect(after).toMatchObject({ phone: '1', status: 'ACTIVE', version: 5, contacts: { totalCount: 0 } });
    expect((await t.gql(key, CUSTOMER, { id: doomed.id })).data.customer).toBeNull();
  });
});
