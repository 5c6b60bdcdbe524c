import { expect, inject } from 'vitest';
import type { GraphQLResponse, TestApp } from '../support/app.js';
import { CONTACT_CREATE, CUSTOMER_CREATE, NODE } from './documents.js';

/** The tests that need real concurrent connections skip on PGlite, which runs one transaction at a time. */
export const onPostgres = Boolean(inject('testDatabaseUrl'));

export interface PayloadError {
  code: string;
  message: string;
  field: string[] | null;
}

export interface CustomerData {
  id: string;
  code: string;
  kind: string;
  name: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  taxId: string | null;
  billingAddress: Record<string, string | null> | null;
  shippingAddress: Record<string, string | null> | null;
  tags: string[];
  currency: string;
  paymentTermsDays: number;
  creditLimit: { amount: string; currency: string } | null;
  status: 'ACTIVE' | 'ARCHIVED';
  version: number;
  createdAt: string;
  updatedAt: string;
  owner: { id: string; name: string } | null;
  mergedInto: { id: string; code: string } | null;
}

export interface ContactData {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  isPrimary: boolean;
  customer: { id: string };
}

/** The payload of a single-mutation response, after checking there was no top-level error. */
export function payload<T = Record<string, any>>(res: GraphQLResponse, field: string): T & { errors: PayloadError[] } {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data[field];
}

export async function createCustomer(t: TestApp, key: string, input: Record<string, unknown>): Promise<CustomerData> {
  const result = payload<{ customer: CustomerData }>(await t.gql(key, CUSTOMER_CREATE, { input }), 'customerCreate');
  expect(result.errors).toEqual([]);
  return result.customer;
}

export async function createContact(t: TestApp, key: string, input: Record<string, unknown>): Promise<ContactData> {
  const result = payload<{ contact: ContactData }>(await t.gql(key, CONTACT_CREATE, { input }), 'contactCreate');
  expect(result.errors).toEqual([]);
  return result.contact;
}

/** The database id behind a global ID (base64url "Type:uuid"), for checks straight in the database. */
export function rowId(globalId: string): string {
  return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];
}

/** Row counts of one organization, to prove that a refused mutation wrote nothing. */
export async function orgCounts(t: TestApp, organizationId: string) {
  const where = { organizationId };
  const [customers, contacts, auditLogs, outboxEvents, idempotencyRecords] = await Promise.all([
    t.db.prisma.customer.count({ where }),
    t.db.prisma.contact.count({ where }),
    t.db.prisma.auditLog.count({ where }),
    t.db.prisma.outboxEvent.count({ where }),
    t.db.prisma.idempotencyRecord.count({ where }),
  ]);
  return { customers, contacts, auditLogs, outboxEvents, idempotencyRecords };
}

/** The one top-level error code of a refused request. */
export function topLevelCode(res: GraphQLResponse): string | undefined {
  expect(res.errors, 'expected a top-level error').toBeDefined();
  return res.errors![0].extensions?.code;
}

/** node(id:) as the key sees it; null must come without an error. */
export async function readNode(t: TestApp, key: string, id: string): Promise<Record<string, unknown> | null> {
  const res = await t.gql(key, NODE, { id });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.node;
}
