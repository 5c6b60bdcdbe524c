import { expectData, graphqlRequest, send } from './graphql.js';
import type { BenchContext, Scenario } from './scenario.js';

export const PAGE_SIZE = 50;
export const CONTACTS_PER_PAGE = 10;

const QUERY = `query CustomersPage($first: Int!, $contacts: Int!) {
  customers(first: $first, orderBy: [{ field: NAME }]) {
    nodes { id code name email contacts(first: $contacts) { nodes { name email } } }
  }
}`;

export interface CustomersPageData {
  customers: { nodes: { id: string; contacts: { nodes: unknown[] } }[] };
}

export function customersPageRequest(ctx: BenchContext, first = PAGE_SIZE) {
  return graphqlRequest(ctx, QUERY, { first, contacts: CONTACTS_PER_PAGE });
}

/** Checks the page has as many customers and contacts as the data set guarantees. */
export function checkCustomersPage(ctx: BenchContext, data: CustomersPageData, first: number, what: string): void {
  const nodes = data.customers.nodes;
  const customers = Math.min(first, ctx.customers);
  const contacts = Math.min(CONTACTS_PER_PAGE, ctx.contactsPerCustomer);
  if (nodes.length !== customers) throw new Error(`${what} returned ${nodes.length} customers, expected ${customers}`);
  const short = nodes.find((node) => node.contacts.nodes.length !== contacts);
  if (short)
    throw new Error(`${what}: customer ${short.id} has ${short.contacts.nodes.length} contacts, expected ${contacts}`);
}

export const customersPage: Scenario = {
  name: 'customers-page',
  description: `GraphQL: customers(first: ${PAGE_SIZE}, orderBy NAME) with contacts(first: ${CONTACTS_PER_PAGE})`,
  request: (ctx) => customersPageRequest(ctx),
  async preflight(ctx) {
    const data = expectData(await send(ctx, customersPageRequest(ctx)), this.name) as CustomersPageData;
    checkCustomersPage(ctx, data, PAGE_SIZE, this.name);
  },
  statementProbes: (ctx) => [
    { label: 'first: 10', request: customersPageRequest(ctx, 10) },
    { label: `first: ${PAGE_SIZE}`, request: customersPageRequest(ctx, PAGE_SIZE) },
  ],
};
