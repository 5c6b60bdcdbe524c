import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { APPROVE, MY_APPROVALS, submitOk } from './helpers.js';
import { approvalOrg, type ApprovalOrg } from './setup.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const NESTED = `query($first: Int!) {
  approvalRequests(first: $first) {
    totalCount
    nodes {
      title status requester { name department { name } manager { name } }
      currentStep { name }
      steps { name assignees { status employee { name department { name } } onBehalfOf { name } } }
      history { action actor { name } onBehalfOf { name } }
    }
  }
}`;

async function orgWith(count: number): Promise<ApprovalOrg> {
  const o = await approvalOrg(t, `Approval Count ${count} Org`);
  for (let i = 0; i < count; i += 1) {
    const id = await submitOk(t, o.org.organizationId, i % 2 ? o.alice.id : o.bob.id, i % 3 ? '10' : '9000');
    if (i % 4 === 0) await t.gql(o.manager.key, APPROVE, { input: { id } });
  }
  return o;
}

describe('approvals nested reads', () => {
  it('reads requests with steps, approvers, employees and history in as many statements for 24 as for 3', async () => {
    const small = await orgWith(3);
    const large = await orgWith(24);
    const run = async (o: ApprovalOrg, first: number) => {
      let body: any;
      const statements = await t.countStatements(async () => {
        body = await t.gql(o.org.adminKey, NESTED, { first });
      });
      expect(body.errors).toBeUndefined();
      expect(body.data.approvalRequests.nodes).toHaveLength(first);
      expect(
        body.data.approvalRequests.nodes.some(
          (n: any) => n.steps.length === 3 && n.steps[0].assignees[0].employee.name,
        ),
      ).toBe(true);
      return statements;
    };
    await run(small, 3);
    await run(large, 24);
    expect(await run(large, 24)).toBe(await run(small, 3));

    const inbox = async (o: ApprovalOrg, first: number) => {
      let body: any;
      const statements = await t.countStatements(async () => {
        body = await t.gql(o.manager.key, MY_APPROVALS, { first });
      });
      expect(body.errors).toBeUndefined();
      expect(body.data.myApprovals.nodes.length).toBeGreaterThan(0);
      return statements;
    };
    await inbox(small, 3);
    await inbox(large, 20);
    expect(await inbox(large, 20)).toBe(await inbox(small, 3));
  });
});
