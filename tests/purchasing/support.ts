// GraphQL documents and helpers shared by the supplier tests.
import { expect } from 'vitest';
import type { TestApp } from '../support/app.js';
import { payload } from '../crm/helpers.js';

export { onPostgres, payload, rowId, topLevelCode, type PayloadError } from '../crm/helpers.js';

export const ERRORS = 'errors { code message field }';

export const SUPPLIER_FIELDS = `
  fragment SupplierFields on Supplier {
    id code name email phone taxId
    address { line1 line2 city region postalCode country }
    currency paymentTermsDays isActive version createdAt updatedAt
  }`;

export const SUPPLIER_CREATE = `
  mutation SupplierCreate($input: SupplierCreateInput!) {
    supplierCreate(input: $input) { supplier { ...SupplierFields } ${ERRORS} }
  }
  ${SUPPLIER_FIELDS}`;

export const SUPPLIER_UPDATE = `
  mutation SupplierUpdate($input: SupplierUpdateInput!) {
    supplierUpdate(input: $input) { supplier { ...SupplierFields } ${ERRORS} }
  }
  ${SUPPLIER_FIELDS}`;

export const SUPPLIER_DEACTIVATE = `
  mutation SupplierDeactivate($input: SupplierStateInput!) {
    supplierDeactivate(input: $input) { supplier { ...SupplierFields } ${ERRORS} }
  }
  ${SUPPLIER_FIELDS}`;

export const SUPPLIER_ACTIVATE = `
  mutation SupplierActivate($input: SupplierStateInput!) {
    supplierActivate(input: $input) { supplier { ...SupplierFields } ${ERRORS} }
  }
  ${SUPPLIER_FIELDS}`;

export const SUPPLIER_DELETE = `
  mutation SupplierDelete($input: SupplierStateInput!) {
    supplierDelete(input: $input) { deletedSupplierId ${ERRORS} }
  }`;

export const SUPPLIER = `
  query Supplier($id: ID!) { supplier(id: $id) { ...SupplierFields } }
  ${SUPPLIER_FIELDS}`;

export const SUPPLIERS = `
  query Suppliers(
    $where: SupplierWhere, $orderBy: [SupplierOrderBy!],
    $first: Int, $after: String, $last: Int, $before: String
  ) {
    suppliers(where: $where, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id code name isActive currency }
    }
  }`;

export const NODE = `
  query Node($id: ID!) { node(id: $id) { __typename id ... on Supplier { code name } } }`;

export interface SupplierData {
  id: string;
  code: string;
  name: string;
  email: string | null;
  phone: string | null;
  taxId: string | null;
  address: Record<string, string | null> | null;
  currency: string;
  paymentTermsDays: number;
  isActive: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export async function createSupplier(t: TestApp, key: string, input: Record<string, unknown>): Promise<SupplierData> {
  const result = payload<{ supplier: SupplierData }>(await t.gql(key, SUPPLIER_CREATE, { input }), 'supplierCreate');
  expect(result.errors).toEqual([]);
  return result.supplier;
}

/** Errors of a refused mutation as [code, field path] pairs. */
export function errorsOf(result: { errors: { code: string; field: string[] | null }[] }): [string, string[] | null][] {
  return result.errors.map((error) => [error.code, error.field]);
}
