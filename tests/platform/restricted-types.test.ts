// Issue 21 items 2 and 8: ApiKey and ApprovalRequest carry a read rule on the type itself. This file
// walks the schema the app serves for every field that can return one of them (directly, in a list,
// through a connection or through the Node interface) and queries each with a key the rule does not
// let through: a new field returning either type fails here until it has a probe below.
import { getNamedType, isInterfaceType, isObjectType, type GraphQLNamedType, type GraphQLObjectType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../../src/schema/index.js';
import { READ_RULE_EXTENSION } from '../../src/schema/read-rules.js';
import { createTestApp, type GraphQLResponse, type TestApp } from '../support/app.js';
import { employeeWithKey, mutate } from '../hr/helpers.js';
import { MANAGER_STEP, confirm, orderOk, orderOrg, type OrderOrg } from '../sales/orders/helpers.js';

const RESTRICTED = ['ApiKey', 'ApprovalRequest'];
/** Types that hang only off an ApprovalRequest: whoever reaches them has passed its rule. */
const REQUEST_PARTS = ['ApprovalStep', 'ApprovalEvent', 'ApprovalAssignee'];

/** Parent.field of every field that can return a restricted type, with the types it can return. */
function restrictedFields(): Map<string, string[]> {
  const schema = getSchema();
  const reaches = (type: GraphQLNamedType, depth = 0): string[] => {
    if (RESTRICTED.includes(type.name)) return [type.name];
    if (isInterfaceType(type))
      return schema
        .getPossibleTypes(type)
        .map((t) => t.name)
        .filter((name) => RESTRICTED.includes(name));
    // A connection reaches what its edges and nodes reach.
    if (isObjectType(type) && depth < 2 && /(Connection|Edge)$/.test(type.name)) {
      return [...new Set(Object.values(type.getFields()).flatMap((f) => reaches(getNamedType(f.type), depth + 1)))];
    }
    return [];
  };
  const found = new Map<string, string[]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const types = reaches(getNamedType(field.type));
      if (types.length > 0) found.set(`${type.name}.${field.name}`, types);
    }
  }
  return found;
}

let t: TestApp;
let o: OrderOrg;
/** An employee with an EMPLOYEE key who neither requested nor approves anything. */
let outsider: { id: string; key: string };
let keys: Record<'WAREHOUSE' | 'ACCOUNTING' | 'HR' | 'PURCHASING' | 'SALES', string>;
let adminKeyId: string;
let ids: {
  order: string;
  orderRequest: string;
  leave: string;
  claim: string;
  purchaseRequest: string;
  customer: string;
};

const errorCodes = (res: GraphQLResponse) => res.errors?.map((e) => e.extensions?.code);
const policy = (subjectType: string) =>
  mutate(
    t,
    o.org.adminKey,
    `mutation($input: ApprovalPolicyCreateInput!) { approvalPolicyCreate(input: $input) { errors { code message } } }`,
    'approvalPolicyCreate',
    {
      subjectType,
      name: subjectType,
      rules: [{ name: 'Manager', steps: MANAGER_STEP }],
    },
  );

beforeAll(async () => {
  t = await createTestApp();
  o = await orderOrg(t, 'Restricted Types Org');
  outsider = await employeeWithKey(t, o.org, o.hrKey, { name: 'Olga Outsider' });
  keys = {
    WAREHOUSE: await o.org.key('WAREHOUSE'),
    ACCOUNTING: await o.org.key('ACCOUNTING'),
    HR: o.hrKey,
    PURCHASING: await o.org.key('PURCHASING'),
    SALES: o.sales,
  };
  adminKeyId = (await t.gql(o.org.adminKey, '{ viewer { apiKey { id } } }')).data.viewer.apiKey.id;
  for (const subject of ['SALES_ORDER', 'LEAVE_REQUEST', 'EXPENSE_CLAIM', 'PURCHASE_REQUEST']) await policy(subject);

  // The seller requests each document; their manager approves; nobody else may see the approvals.
  const order = await orderOk(t, o.sales, {
    customerId: o.acme,
    locationId: o.location,
    lines: [{ productId: o.widget, quantity: '1' }],
  });
  const pending = await confirm(t, o.seller.key, { id: order.id });
  expect(pending.errors).toEqual([]);
  expect(pending.salesOrder.approvalRequest.status).toBe('PENDING');

  const leaveTypes = await t.gql(o.seller.key, '{ leaveTypes { id code } }');
  const annual = leaveTypes.data.leaveTypes.find((lt: { code: string }) => lt.code === 'ANNUAL').id;
  const leave = await mutate<{ leaveRequest: { id: string } }>(
    t,
    o.seller.key,
    `mutation($input: LeaveRequestCreateInput!) { leaveRequestCreate(input: $input) { leaveRequest { id } errors { code message } } }`,
    'leaveRequestCreate',
    {
      leaveTypeId: annual,
      startDate: '2031-06-02',
      endDate: '2031-06-03',
    },
  );
  await mutate(
    t,
    o.seller.key,
    `mutation($input: LeaveRequestSubmitInput!) { leaveRequestSubmit(input: $input) { errors { code message } } }`,
    'leaveRequestSubmit',
    { id: leave.leaveRequest.id },
  );

  const claim = await mutate<{ expenseClaim: { id: string } }>(
    t,
    o.seller.key,
    `mutation($input: ExpenseClaimCreateInput!) { expenseClaimCreate(input: $input) { expenseClaim { id } errors { code message } } }`,
    'expenseClaimCreate',
    {
      title: 'Taxi',
      lines: [{ date: '2026-10-02', category: 'taxi', amount: '30', currency: 'EUR' }],
    },
  );
  await mutate(
    t,
    o.seller.key,
    `mutation($input: ExpenseClaimSubmitInput!) { expenseClaimSubmit(input: $input) { errors { code message } } }`,
    'expenseClaimSubmit',
    { id: claim.expenseClaim.id },
  );

  const pr = await mutate<{ purchaseRequest: { id: string } }>(
    t,
    o.seller.key,
    `mutation($input: PurchaseRequestCreateInput!) { purchaseRequestCreate(input: $input) { purchaseRequest { id } errors { code message } } }`,
    'purchaseRequestCreate',
    {
      description: 'Widgets',
      lines: [{ productId: o.widget, quantity: '5', neededBy: '2031-01-01', estimatedUnitPrice: '4.00' }],
    },
  );
  await mutate(
    t,
    o.seller.key,
    `mutation($input: PurchaseRequestActionInput!) { purchaseRequestSubmit(input: $input) { errors { code message } } }`,
    'purchaseRequestSubmit',
    { id: pr.purchaseRequest.id },
  );

  const customer = await t.gql(
    o.org.adminKey,
    `mutation($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id } errors { code } } }`,
    {
      input: { name: 'Owned Customer', ownerId: adminKeyId },
    },
  );
  ids = {
    order: order.id,
    orderRequest: pending.salesOrder.approvalRequest.id,
    leave: leave.leaveRequest.id,
    claim: claim.expenseClaim.id,
    purchaseRequest: pr.purchaseRequest.id,
    customer: customer.data.customerCreate.customer.id,
  };
});

/** Asserts the field answers null or nothing, without an error. */
const hidden = (res: GraphQLResponse, pick: (data: any) => unknown, expected: unknown = null) => {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  expect(pick(res.data)).toEqual(expected);
};
const forbidden = (res: GraphQLResponse) => expect(errorCodes(res)).toEqual(['FORBIDDEN']);

const decision = (name: string, input: string) => async () => {
  const res = await t.gql(
    outsider.key,
    `mutation($input: ${input}!) { ${name}(input: $input) { approvalRequest { id title } errors { code } } }`,
    {
      input: { id: ids.orderRequest, comment: 'no' },
    },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data[name].approvalRequest).toBeNull();
  expect(res.data[name].errors.length).toBeGreaterThan(0);
};

/** One probe per field that can return a restricted type; the keys must equal the schema walk. */
const PROBES: Record<string, () => Promise<void>> = {
  // ApiKey: ADMIN's, or a key's own.
  'AuditLogEntry.actor': async () =>
    forbidden(await t.gql(keys.HR, '{ auditLog(first: 1) { nodes { actor { id name } } } }')),
  'Customer.owner': async () =>
    hidden(
      await t.gql(keys.SALES, 'query($id: ID!) { customer(id: $id) { owner { id name roles } } }', {
        id: ids.customer,
      }),
      (d) => d.customer.owner,
    ),
  'Employee.apiKey': async () => {
    for (const key of [keys.WAREHOUSE, keys.HR, outsider.key]) {
      hidden(
        await t.gql(key, 'query($id: ID!) { employee(id: $id) { apiKey { id name prefix } } }', { id: o.seller.id }),
        (d) => d.employee.apiKey,
      );
    }
  },
  'SalesOrder.createdBy': async () =>
    hidden(
      await t.gql(keys.WAREHOUSE, 'query($id: ID!) { salesOrder(id: $id) { createdBy { id name } } }', {
        id: ids.order,
      }),
      (d) => d.salesOrder.createdBy,
    ),
  'Viewer.apiKey': async () => {
    // The exception: a key reads itself, and only itself.
    const res = await t.gql(keys.WAREHOUSE, '{ viewer { name apiKey { id name } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.viewer.apiKey.name).toBe(res.data.viewer.name);
    expect(res.data.viewer.apiKey.id).not.toBe(adminKeyId);
  },
  'ApiKeyCreatePayload.apiKey': async () =>
    forbidden(
      await t.gql(keys.HR, 'mutation { apiKeyCreate(input: { name: "x", roles: [SALES] }) { apiKey { id } } }'),
    ),
  'ApiKeyRevokePayload.apiKey': async () =>
    forbidden(
      await t.gql(keys.HR, 'mutation($id: ID!) { apiKeyRevoke(input: { id: $id }) { apiKey { id } } }', {
        id: adminKeyId,
      }),
    ),
  'Query.apiKeys': async () => forbidden(await t.gql(keys.SALES, '{ apiKeys { totalCount } }')),
  'ApiKeyConnection.edges': async () => forbidden(await t.gql(keys.SALES, '{ apiKeys { edges { node { id } } } }')),
  'ApiKeyConnection.nodes': async () => forbidden(await t.gql(keys.SALES, '{ apiKeys { nodes { id } } }')),
  'ApiKeyEdge.node': async () => forbidden(await t.gql(keys.WAREHOUSE, '{ apiKeys { edges { node { name } } } }')),
  'Query.node': async () => {
    for (const id of [adminKeyId, ids.orderRequest]) {
      hidden(await t.gql(keys.ACCOUNTING, 'query($id: ID!) { node(id: $id) { id } }', { id }), (d) => d.node);
      hidden(await t.gql(outsider.key, 'query($id: ID!) { node(id: $id) { id } }', { id }), (d) => d.node);
    }
  },
  'Query.nodes': async () =>
    hidden(
      await t.gql(outsider.key, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
        ids: [adminKeyId, ids.orderRequest, o.seller.id],
      }),
      (d) => d.nodes,
      [null, null, { id: o.seller.id }],
    ),

  // ApprovalRequest: ADMIN, the requester and its approvers.
  'SalesOrder.approvalRequest': async () => {
    for (const key of [keys.WAREHOUSE, keys.ACCOUNTING, keys.SALES]) {
      hidden(
        await t.gql(
          key,
          'query($id: ID!) { salesOrder(id: $id) { approvalRequest { requester { name } history { comment } } } }',
          { id: ids.order },
        ),
        (d) => d.salesOrder.approvalRequest,
      );
    }
  },
  'LeaveRequest.approvalRequest': async () =>
    hidden(
      await t.gql(
        keys.HR,
        'query($id: ID!) { node(id: $id) { ... on LeaveRequest { approvalRequest { id steps { name } } } } }',
        { id: ids.leave },
      ),
      (d) => d.node.approvalRequest,
    ),
  'ExpenseClaim.approvalRequest': async () => {
    for (const key of [keys.HR, keys.ACCOUNTING]) {
      hidden(
        await t.gql(
          key,
          'query($id: ID!) { node(id: $id) { ... on ExpenseClaim { approvalRequest { id history { comment } } } } }',
          { id: ids.claim },
        ),
        (d) => d.node.approvalRequest,
      );
    }
  },
  'PurchaseRequest.approvalRequest': async () =>
    hidden(
      await t.gql(
        keys.PURCHASING,
        'query($id: ID!) { purchaseRequest(id: $id) { approvalRequest { id currentStep { assignees { employee { name } } } } } }',
        { id: ids.purchaseRequest },
      ),
      (d) => d.purchaseRequest.approvalRequest,
    ),
  'Query.approvalRequest': async () =>
    hidden(
      await t.gql(outsider.key, 'query($id: ID!) { approvalRequest(id: $id) { id } }', { id: ids.orderRequest }),
      (d) => d.approvalRequest,
    ),
  'Query.approvalRequests': async () =>
    hidden(await t.gql(outsider.key, '{ approvalRequests { totalCount } }'), (d) => d.approvalRequests.totalCount, 0),
  'ApprovalRequestConnection.edges': async () =>
    hidden(
      await t.gql(keys.WAREHOUSE, '{ approvalRequests { edges { cursor } } }'),
      (d) => d.approvalRequests.edges,
      [],
    ),
  'ApprovalRequestConnection.nodes': async () =>
    hidden(await t.gql(outsider.key, '{ approvalRequests { nodes { id } } }'), (d) => d.approvalRequests.nodes, []),
  'ApprovalRequestEdge.node': async () =>
    hidden(
      await t.gql(keys.ACCOUNTING, '{ approvalRequests { edges { node { id } } } }'),
      (d) => d.approvalRequests.edges,
      [],
    ),
  'Query.myApprovals': async () => {
    for (const view of ['PENDING_ON_ME', 'DECIDED_BY_ME', 'REQUESTED_BY_ME']) {
      hidden(
        await t.gql(
          outsider.key,
          'query($view: MyApprovalsView) { myApprovals(where: { view: $view }) { totalCount } }',
          { view },
        ),
        (d) => d.myApprovals.totalCount,
        0,
      );
    }
  },
  'MyApprovalsConnection.edges': async () =>
    hidden(await t.gql(keys.HR, '{ myApprovals { edges { cursor } } }'), (d) => d.myApprovals.edges, []),
  'MyApprovalsConnection.nodes': async () =>
    hidden(await t.gql(outsider.key, '{ myApprovals { nodes { id } } }'), (d) => d.myApprovals.nodes, []),
  'MyApprovalsEdge.node': async () =>
    hidden(await t.gql(outsider.key, '{ myApprovals { edges { node { id } } } }'), (d) => d.myApprovals.edges, []),
  'ApprovalRequestApprovePayload.approvalRequest': decision('approvalRequestApprove', 'ApprovalDecisionInput'),
  'ApprovalRequestRejectPayload.approvalRequest': decision('approvalRequestReject', 'ApprovalDecisionInput'),
  'ApprovalRequestReturnPayload.approvalRequest': decision('approvalRequestReturn', 'ApprovalDecisionInput'),
  'ApprovalRequestWithdrawPayload.approvalRequest': decision('approvalRequestWithdraw', 'ApprovalRequestActionInput'),
  'ApprovalRequestResubmitPayload.approvalRequest': decision('approvalRequestResubmit', 'ApprovalRequestActionInput'),
  'ApprovalRequestReassignPayload.approvalRequest': async () =>
    forbidden(
      await t.gql(
        outsider.key,
        'mutation($input: ApprovalReassignInput!) { approvalRequestReassign(input: $input) { approvalRequest { id } } }',
        {
          input: { id: ids.orderRequest, fromEmployeeId: o.manager.id, toEmployeeId: outsider.id },
        },
      ),
    ),
};

describe('types with a read rule', () => {
  it('knows every field that can return an ApiKey or an ApprovalRequest, and each carries the rule', () => {
    const found = restrictedFields();
    expect([...found.keys()].sort()).toEqual(Object.keys(PROBES).sort());
    // Fields of the type itself (and Node's) are checked by the plugin; connections by their query's where.
    for (const [path, types] of found) {
      const [parent, name] = path.split('.');
      const field = (getSchema().getType(parent) as GraphQLObjectType).getFields()[name];
      if (!/(Connection|Edge)$/.test(getNamedType(field.type).name))
        expect(field.extensions[READ_RULE_EXTENSION], path).toEqual(expect.arrayContaining(types));
    }
  });

  it('reaches steps, approvers and history only through their request', () => {
    const schema = getSchema();
    const parents = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (REQUEST_PARTS.includes(getNamedType(field.type).name)) parents.add(`${type.name}.${field.name}`);
      }
    }
    expect([...parents].sort()).toEqual([
      'ApprovalEvent.step',
      'ApprovalRequest.currentStep',
      'ApprovalRequest.history',
      'ApprovalRequest.steps',
      'ApprovalStep.assignees',
    ]);
  });

  it.each(Object.keys(PROBES).sort())('%s shows nothing to a key the rule does not let through', async (path) => {
    await PROBES[path]();
  });

  it('still shows the requester and the approver their request, on the document too', async () => {
    for (const key of [o.seller.key, o.manager.key, o.org.adminKey]) {
      const res = await t.gql(
        key,
        'query($id: ID!, $req: ID!) { salesOrder(id: $id) { approvalRequest { id } } node(id: $req) { id } approvalRequest(id: $req) { history { action } } }',
        {
          id: ids.order,
          req: ids.orderRequest,
        },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.salesOrder.approvalRequest.id).toBe(ids.orderRequest);
      expect(res.data.node.id).toBe(ids.orderRequest);
      expect(res.data.approvalRequest.history[0].action).toBe('SUBMITTED');
    }
    // A step's global ID names no Node: node(id:) refuses it for everyone, so steps are read through their request only.
    const step = (
      await t.gql(o.org.adminKey, 'query($id: ID!) { approvalRequest(id: $id) { currentStep { id } } }', {
        id: ids.orderRequest,
      })
    ).data.approvalRequest.currentStep.id;
    for (const key of [o.org.adminKey, outsider.key]) {
      const res = await t.gql(key, 'query($id: ID!) { node(id: $id) { id } }', { id: step });
      expect(res.data.node).toBeNull();
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    }
    const leave = await t.gql(
      o.manager.key,
      'query($id: ID!) { node(id: $id) { ... on LeaveRequest { approvalRequest { status } } } }',
      { id: ids.leave },
    );
    expect(leave.data.node.approvalRequest).toEqual({ status: 'PENDING' });
  });
});
