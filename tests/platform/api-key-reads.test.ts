// Issue 21 item 2: API-key metadata is ADMIN's, wherever an ApiKey appears; a key reads only itself.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/generated/prisma/enums.js';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import { apiKeyFor, createEmployee } from '../hr/helpers.js';

let t: TestApp;
let org: TestOrg;
let linked: { id: string; secret: string };
let employeeId: string;
let customerId: string;

const KEY_FIELDS = 'id name prefix roles lastUsedAt revokedAt';

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Api Key Reads Org');
  linked = await apiKeyFor(t, org, 'Alice (sales)', ['SALES']);
  employeeId = (await createEmployee(t, org.adminKey, { name: 'Alice', apiKeyId: linked.id })).id;
  // Alice's key uses itself once, so lastUsedAt is set: the metadata an outsider must not read.
  expect((await t.gql(linked.secret, '{ viewer { name } }')).errors).toBeUndefined();
  const created = await t.gql(
    org.adminKey,
    `mutation($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id } errors { code message } } }`,
    {
      input: { name: 'Acme', ownerId: linked.id },
    },
  );
  expect(created.data.customerCreate.errors).toEqual([]);
  customerId = created.data.customerCreate.customer.id;
});

const outsiders: [string, Role[]][] = [
  ['SALES', ['SALES']],
  ['WAREHOUSE', ['WAREHOUSE']],
  ['HR', ['HR']],
  ['an unlinked EMPLOYEE key', ['EMPLOYEE']],
];

describe('ApiKey read rule', () => {
  it.each(outsiders)(
    'shows %s no other key: Employee.apiKey, Customer.owner, node and nodes answer null without an error',
    async (_label, roles) => {
      const key = await org.key(...roles);
      const read = await t.gql(
        key,
        `query($employee: ID!, $key: ID!) {
        employee(id: $employee) { name apiKey { ${KEY_FIELDS} } }
        employees(first: 10) { nodes { name apiKey { id name } } }
        node(id: $key) { id ... on ApiKey { name prefix roles lastUsedAt } }
        nodes(ids: [$key]) { id ... on ApiKey { name } }
      }`,
        { employee: employeeId, key: linked.id },
      );
      expect(read.errors).toBeUndefined();
      expect(read.data.employee).toEqual({ name: 'Alice', apiKey: null });
      expect(read.data.employees.nodes).toEqual([{ name: 'Alice', apiKey: null }]);
      expect(read.data.node).toBeNull();
      expect(read.data.nodes).toEqual([null]);
      if (roles.includes('SALES')) {
        const customer = await t.gql(key, `query($id: ID!) { customer(id: $id) { name owner { ${KEY_FIELDS} } } }`, {
          id: customerId,
        });
        expect(customer.errors).toBeUndefined();
        expect(customer.data.customer).toEqual({ name: 'Acme', owner: null });
      }
      const list = await t.gql(key, `{ apiKeys { nodes { id } } }`);
      expect(list.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    },
  );

  it('lets a key read itself, through viewer and through the paths that lead to it', async () => {
    const read = await t.gql(
      linked.secret,
      `query($employee: ID!, $key: ID!, $customer: ID!) {
        viewer { apiKey { id name } }
        me { apiKey { id name } }
        employee(id: $employee) { apiKey { id name lastUsedAt } }
        customer(id: $customer) { owner { id name } }
        node(id: $key) { id }
      }`,
      { employee: employeeId, key: linked.id, customer: customerId },
    );
    expect(read.errors).toBeUndefined();
    const own = { id: linked.id, name: 'Alice (sales)' };
    expect(read.data.viewer.apiKey).toEqual(own);
    expect(read.data.me.apiKey).toEqual(own);
    expect(read.data.employee.apiKey).toMatchObject(own);
    expect(read.data.employee.apiKey.lastUsedAt).toBeTruthy();
    expect(read.data.customer.owner).toEqual(own);
    expect(read.data.node).toEqual({ id: linked.id });
  });

  it('shows ADMIN every key on every path', async () => {
    const read = await t.gql(
      org.adminKey,
      `query($employee: ID!, $key: ID!, $customer: ID!) {
        employee(id: $employee) { apiKey { id } }
        customer(id: $customer) { owner { id } }
        node(id: $key) { id }
        nodes(ids: [$key]) { id }
        apiKeys { totalCount }
      }`,
      { employee: employeeId, key: linked.id, customer: customerId },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data.employee.apiKey).toEqual({ id: linked.id });
    expect(read.data.customer.owner).toEqual({ id: linked.id });
    expect(read.data.node).toEqual({ id: linked.id });
    expect(read.data.nodes).toEqual([{ id: linked.id }]);
    expect(read.data.apiKeys.totalCount).toBeGreaterThanOrEqual(2);
  });
});
