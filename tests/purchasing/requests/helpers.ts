import { expect } from 'vitest';
import type { TestApp, TestOrg } from '../../support/app.js';
import { employeeWithKey, mutate, payload } from '../../hr/helpers.js';
import { createProduct } from '../../inventory/helpers.js';
import { createSupplier } from '../support.js';

export { payload, mutate };

export const ERRORS = 'errors { code message field }';

export const REQUEST_FIELDS = `id number status description notes version approvedWithoutPolicy submittedAt approvedAt convertedAt
  estimatedTotal { amount currency }
  requester { id name }
  lines { lineNo quantity neededBy description productSku preferredSupplierName estimatedUnitPrice { amount currency } estimatedTotal { amount currency } }
  approvalRequest { id status round currentStep { name } history { action } }`;

const mutation = (name: string, inputType: string, selection = REQUEST_FIELDS) =>
  `mutation($input: ${inputType}!) { ${name}(input: $input) { purchaseRequest { ${selection} } ${ERRORS} } }`;

export const CREATE = mutation('purchaseRequestCreate', 'PurchaseRequestCreateInput');
export const UPDATE = mutation('purchaseRequestUpdate', 'PurchaseRequestUpdateInput');
export const SUBMIT = mutation('purchaseRequestSubmit', 'PurchaseRequestActionInput');
export const CANCEL = mutation('purchaseRequestCancel', 'PurchaseRequestActionInput');
export const ORDERS = `purchaseOrders { id number status currency orderDate expectedDate notes supplier { code } total { amount currency }
  purchaseRequest { number }
  lines { lineNo quantity unitPrice subtotal expectedDate product { sku } purchaseRequestLine { lineNo } } }`;
export const CONVERT = mutation(
  'purchaseRequestConvert',
  'PurchaseRequestConvertInput',
  `id number status version ${ORDERS}`,
);
export const REQUEST = `query($id: ID!) { purchaseRequest(id: $id) { ${REQUEST_FIELDS} } }`;

const decision = (name: string) =>
  `mutation($input: ApprovalDecisionInput!) { ${name}(input: $input) { approvalRequest { id status } ${ERRORS} } }`;
export const APPROVE = decision('approvalRequestApprove');
export const REJECT = decision('approvalRequestReject');
export const RETURN = decision('approvalRequestReturn');

export function isoDay(offsetDays = 0): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

export interface Person {
  id: string;
  key: string;
}

export interface RequestOrg {
  org: TestOrg;
  hrKey: string;
  /** PURCHASING key without an employee. */
  buyer: string;
  manager: Person;
  alice: Person;
  bob: Person;
  /** An employee whose key holds PURCHASING (approves the second step of large requests). */
  purchaser: Person;
  alpha: string;
  beta: string;
  bolts: string;
  nuts: string;
  /** A product no supplier has a price for. */
  widget: string;
}

/**
 * Base currency EUR, USD at 0.9. Alpha (EUR) sells bolts at 2.50 from 0 and 2.00 from 100, nuts at 1.00;
 * Beta (USD) sells bolts at 2.40 USD (2.16 EUR) and nuts at 1.00 USD (0.90 EUR). alice and bob report to
 * manager. With `policy`, PURCHASE_REQUEST needs the manager, and above 1,000 then a PURCHASING employee.
 */
export async function requestOrg(t: TestApp, name: string, policy = true): Promise<RequestOrg> {
  const org = await t.newOrg(name);
  const hrKey = await org.key('HR');
  const buyer = await org.key('PURCHASING');
  const accounting = await org.key('ACCOUNTING');
  const person = async (
    personName: string,
    input: Record<string, unknown> = {},
    roles: ('EMPLOYEE' | 'PURCHASING')[] = ['EMPLOYEE'],
  ) => {
    const e = await employeeWithKey(t, org, hrKey, { name: personName, ...input }, roles);
    return { id: e.id, key: e.key };
  };
  const manager = await person(`${name} Manager`);
  const alice = await person(`${name} Alice`, { managerId: manager.id });
  const bob = await person(`${name} Bob`, { managerId: manager.id });
  const purchaser = await person(`${name} Purchaser`, {}, ['PURCHASING']);
  const rate = await t.gql(
    accounting,
    `mutation($input: ExchangeRateSetInput!) { exchangeRateSet(input: $input) { ${ERRORS} } }`,
    {
      input: { currency: 'USD', date: '2026-01-01', rate: '0.9' },
    },
  );
  expect(rate.data.exchangeRateSet.errors).toEqual([]);
  const alpha = (await createSupplier(t, buyer, { name: 'Alpha Tools', code: 'ALPHA', currency: 'EUR' })).id;
  const beta = (await createSupplier(t, buyer, { name: 'Beta Supply', code: 'BETA', currency: 'USD' })).id;
  const bolts = (await createProduct(t, buyer, { sku: 'BOLT', name: 'Bolt M8', unitOfMeasure: 'pc' })).id;
  const nuts = (await createProduct(t, buyer, { sku: 'NUT', name: 'Nut M8', unitOfMeasure: 'pc' })).id;
  const widget = (await createProduct(t, buyer, { sku: 'WIDGET', name: 'Widget', unitOfMeasure: 'pc' })).id;
  const prices: [string, string, string, string][] = [
    [alpha, bolts, '0', '2.50'],
    [alpha, bolts, '100', '2.00'],
    [alpha, nuts, '0', '1.00'],
    [beta, bolts, '0', '2.40'],
    [beta, nuts, '0', '1.00'],
  ];
  for (const [supplierId, productId, minQuantity, price] of prices) {
    await mutate(
      t,
      buyer,
      `mutation($input: SupplierPriceSetInput!) { supplierPriceSet(input: $input) { ${ERRORS} } }`,
      'supplierPriceSet',
      {
        supplierId,
        productId,
        minQuantity,
        price,
      },
    );
  }
  if (policy) {
    await mutate(
      t,
      org.adminKey,
      `mutation($input: ApprovalPolicyCreateInput!) { approvalPolicyCreate(input: $input) { ${ERRORS} } }`,
      'approvalPolicyCreate',
      {
        subjectType: 'PURCHASE_REQUEST',
        name: 'Purchase requests',
        rules: [
          {
            name: 'Over 1,000',
            conditions: [{ fact: 'AMOUNT', operator: 'GT', values: ['1000'] }],
            steps: [
              { name: 'Manager', mode: 'ANY', approvers: [{ kind: 'MANAGER' }] },
              { name: 'Purchasing', mode: 'ANY', approvers: [{ kind: 'ROLE', role: 'PURCHASING' }] },
            ],
          },
          { name: 'Default', steps: [{ name: 'Manager', mode: 'ANY', approvers: [{ kind: 'MANAGER' }] }] },
        ],
      },
    );
  }
  return { org, hrKey, buyer, manager, alice, bob, purchaser, alpha, beta, bolts, nuts, widget };
}

/** The three-line request of the flows: 150 bolts (Alpha's 2.00 tier), 40 nuts (Beta's 0.90 EUR), 10 bolts from Alpha estimated at 3.10. */
export function threeLines(o: RequestOrg) {
  return [
    { productId: o.bolts, quantity: '150', neededBy: isoDay(20) },
    { productId: o.nuts, quantity: '40', neededBy: isoDay(10), description: 'Nuts for the line' },
    {
      productId: o.bolts,
      quantity: '10',
      neededBy: isoDay(30),
      preferredSupplierId: o.alpha,
      estimatedUnitPrice: '3.10',
    },
  ];
}

export async function createRequest(t: TestApp, key: string, input: Record<string, unknown>) {
  return (await mutate<{ purchaseRequest: any }>(t, key, CREATE, 'purchaseRequestCreate', input)).purchaseRequest;
}

export async function submitRequest(t: TestApp, key: string, id: string) {
  return (await mutate<{ purchaseRequest: any }>(t, key, SUBMIT, 'purchaseRequestSubmit', { id })).purchaseRequest;
}
