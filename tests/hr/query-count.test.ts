import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** An organization with `count` employees in chains of three under department heads, written directly for speed. */
async function orgWithEmployees(count: number): Promise<{ org: TestOrg; key: string }> {
  const org = await t.newOrg(`HR ${count} Org`);
  const organizationId = org.organizationId;
  const departments = [0, 1].map((i) => ({ id: randomUUID(), organizationId, name: `Dept ${i}` }));
  await t.db.prisma.department.createMany({ data: departments });
  const employees: {
    id: string;
    organizationId: string;
    code: string;
    name: string;
    hireDate: Date;
    departmentId: string;
    managerId: string | null;
  }[] = [];
  for (let i = 0; i < count; i += 1) {
    employees.push({
      id: randomUUID(),
      organizationId,
      code: `E${i}`,
      name: `Employee ${String(i).padStart(4, '0')}`,
      hireDate: new Date('2024-01-01T00:00:00Z'),
      departmentId: departments[i % 2].id,
      managerId: i % 3 === 0 ? null : employees[i - 1].id,
    });
  }
  await t.db.prisma.employee.createMany({ data: employees });
  return { org, key: await org.key('HR') };
}

const NESTED = `query($first: Int!) {
  employees(first: $first, orderBy: [{ field: CODE }]) {
    totalCount
    nodes { code manager { code department { name head { code } } } department { name parent { name } } chainOfCommand { code department { name } } directReports(first: 5) { totalCount nodes { code } } }
  }
}`;

describe('HR nested reads', () => {
  it('reads employees with managers, departments, chains and reports in as many statements for 60 as for 6', async () => {
    const small = await orgWithEmployees(6);
    const large = await orgWithEmployees(60);
    const run = async (key: string, first: number) => {
      let body: any;
      const statements = await t.countStatements(async () => {
        body = await t.gql(key, NESTED, { first });
      });
      expect(body.errors).toBeUndefined();
      expect(body.data.employees.nodes).toHaveLength(first);
      const third = body.data.employees.nodes.find((n: any) => n.chainOfCommand.length === 2);
      expect(third).toBeDefined();
      return statements;
    };
    await run(small.key, 6);
    await run(large.key, 60);
    expect(await run(large.key, 60)).toBe(await run(small.key, 6));
  });
});
