import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import {
  EMPLOYEE_FIELDS,
  EMPLOYEE_STATUS_SET,
  EMPLOYEE_TERMINATE,
  EMPLOYEE_UPDATE,
  EMPLOYEE_CREATE,
  HOLIDAY_SET,
  POSITION_CREATE,
  apiKeyFor,
  createDepartment,
  createEmployee,
  mutate,
  payload,
  refusal,
} from './helpers.js';

let t: TestApp;
let org: TestOrg;
let hrKey: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('HR Employees Org');
  hrKey = await org.key('HR');
});
afterAll(() => t.close());

describe('employees', () => {
  it('creates an employee with a generated code, department, position and manager', async () => {
    const department = await createDepartment(t, hrKey, { name: 'Finance' });
    const { position } = await mutate<{ position: { id: string } }>(t, hrKey, POSITION_CREATE, 'positionCreate', {
      title: 'Accountant',
    });
    const boss = await createEmployee(t, hrKey, { name: 'Bea Boss' });
    const created = await createEmployee(t, hrKey, {
      name: '  Carl Clerk ',
      workEmail: 'Carl@Example.com',
      departmentId: department.id,
      positionId: position.id,
      managerId: boss.id,
      hireDate: '2025-03-01',
    });
    expect(boss.code).toMatch(/^EMP-\d{5}$/);
    expect(created).toMatchObject({
      name: 'Carl Clerk',
      workEmail: 'carl@example.com',
      hireDate: '2025-03-01',
      status: 'ACTIVE',
      terminatedOn: null,
      department: { id: department.id, name: 'Finance' },
      position: { id: position.id, title: 'Accountant' },
      manager: { id: boss.id },
      version: 1,
    });
  });

  it('refuses a code another employee uses, ignoring case', async () => {
    await createEmployee(t, hrKey, { name: 'Coded', code: 'E-CASE' });
    const errors = await refusal(t, hrKey, EMPLOYEE_CREATE, 'employeeCreate', {
      name: 'Other',
      code: 'e-case',
      hireDate: '2024-01-01',
    });
    expect(errors).toEqual([expect.objectContaining({ code: 'CODE_TAKEN', field: ['input', 'code'] })]);
  });

  it('validates names, emails, codes and dates all at once', async () => {
    const errors = await refusal(t, hrKey, EMPLOYEE_CREATE, 'employeeCreate', {
      name: ' ',
      workEmail: 'nope',
      code: 'bad code',
      hireDate: '2024-02-28',
    });
    expect(errors.map((e) => e.code).sort()).toEqual(['INVALID_CODE', 'INVALID_EMAIL', 'REQUIRED']);
    const dates = await t.gql(hrKey, EMPLOYEE_CREATE, { input: { name: 'X', hireDate: '2024-02-30' } });
    expect(dates.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses manager cycles, direct and through others, with MANAGER_CYCLE', async () => {
    const a = await createEmployee(t, hrKey, { name: 'Cycle A' });
    const b = await createEmployee(t, hrKey, { name: 'Cycle B', managerId: a.id });
    const c = await createEmployee(t, hrKey, { name: 'Cycle C', managerId: b.id });
    expect(await refusal(t, hrKey, EMPLOYEE_UPDATE, 'employeeUpdate', { id: a.id, managerId: c.id })).toEqual([
      expect.objectContaining({ code: 'MANAGER_CYCLE', field: ['input', 'managerId'] }),
    ]);
    expect(await refusal(t, hrKey, EMPLOYEE_UPDATE, 'employeeUpdate', { id: a.id, managerId: a.id })).toEqual([
      expect.objectContaining({ code: 'MANAGER_CYCLE' }),
    ]);
    // Moving C up to report to A directly is fine.
    const moved = await mutate<{ employee: { manager: { id: string } } }>(t, hrKey, EMPLOYEE_UPDATE, 'employeeUpdate', {
      id: c.id,
      managerId: a.id,
    });
    expect(moved.employee.manager.id).toBe(a.id);
  });

  it('checks expectedVersion and clears optional fields with null', async () => {
    const department = await createDepartment(t, hrKey, { name: 'Temp Dept' });
    const e = await createEmployee(t, hrKey, {
      name: 'Versioned',
      departmentId: department.id,
      workEmail: 'v@example.com',
    });
    expect(
      await refusal(t, hrKey, EMPLOYEE_UPDATE, 'employeeUpdate', { id: e.id, expectedVersion: 7, name: 'X' }),
    ).toEqual([expect.objectContaining({ code: 'STALE_VERSION' })]);
    const updated = await mutate<{ employee: any }>(t, hrKey, EMPLOYEE_UPDATE, 'employeeUpdate', {
      id: e.id,
      expectedVersion: 1,
      departmentId: null,
      workEmail: null,
    });
    expect(updated.employee).toMatchObject({ department: null, workEmail: null, version: 2, name: 'Versioned' });
  });

  it('puts an employee on leave and back', async () => {
    const e = await createEmployee(t, hrKey, { name: 'Leaver' });
    const away = await mutate<{ employee: any }>(t, hrKey, EMPLOYEE_STATUS_SET, 'employeeStatusSet', {
      id: e.id,
      status: 'ON_LEAVE',
    });
    expect(away.employee.status).toBe('ON_LEAVE');
    const back = await mutate<{ employee: any }>(t, hrKey, EMPLOYEE_STATUS_SET, 'employeeStatusSet', {
      id: e.id,
      status: 'ACTIVE',
    });
    expect(back.employee.status).toBe('ACTIVE');
  });

  it('terminates: refused while someone reports to them or they head a department, then final', async () => {
    const boss = await createEmployee(t, hrKey, { name: 'Terminated Boss', hireDate: '2020-01-01' });
    const report = await createEmployee(t, hrKey, { name: 'Report', managerId: boss.id });
    expect(await refusal(t, hrKey, EMPLOYEE_TERMINATE, 'employeeTerminate', { id: boss.id })).toEqual([
      expect.objectContaining({ code: 'HAS_DIRECT_REPORTS' }),
    ]);
    await mutate(t, hrKey, EMPLOYEE_UPDATE, 'employeeUpdate', { id: report.id, managerId: null });
    const headed = await createDepartment(t, hrKey, { name: 'Headed', headId: boss.id });
    expect(await refusal(t, hrKey, EMPLOYEE_TERMINATE, 'employeeTerminate', { id: boss.id })).toEqual([
      expect.objectContaining({ code: 'IS_DEPARTMENT_HEAD' }),
    ]);
    await mutate(
      t,
      hrKey,
      `mutation($input: DepartmentUpdateInput!) { departmentUpdate(input: $input) { errors { code } } }`,
      'departmentUpdate',
      {
        id: headed.id,
        headId: null,
      },
    );
    expect(
      await refusal(t, hrKey, EMPLOYEE_TERMINATE, 'employeeTerminate', { id: boss.id, terminatedOn: '2019-12-31' }),
    ).toEqual([expect.objectContaining({ code: 'INVALID_DATE' })]);
    const done = await mutate<{ employee: any }>(t, hrKey, EMPLOYEE_TERMINATE, 'employeeTerminate', {
      id: boss.id,
      terminatedOn: '2026-06-30',
    });
    expect(done.employee).toMatchObject({ status: 'TERMINATED', terminatedOn: '2026-06-30' });
    expect(await refusal(t, hrKey, EMPLOYEE_TERMINATE, 'employeeTerminate', { id: boss.id })).toEqual([
      expect.objectContaining({ code: 'ALREADY_TERMINATED' }),
    ]);
    expect(await refusal(t, hrKey, EMPLOYEE_UPDATE, 'employeeUpdate', { id: report.id, managerId: boss.id })).toEqual([
      expect.objectContaining({ code: 'EMPLOYEE_TERMINATED', field: ['input', 'managerId'] }),
    ]);
    expect(await refusal(t, hrKey, EMPLOYEE_UPDATE, 'employeeUpdate', { id: boss.id, name: 'Back' })).toEqual([
      expect.objectContaining({ code: 'EMPLOYEE_TERMINATED' }),
    ]);
  });

  it('writes an audit record and an outbox event with the change', async () => {
    const e = await createEmployee(t, hrKey, { name: 'Audited' });
    const rowId = Buffer.from(e.id, 'base64url').toString().split(':')[1];
    const audit = await t.db.prisma.auditLog.findMany({
      where: { organizationId: org.organizationId, entityId: rowId },
    });
    const events = await t.db.prisma.outboxEvent.findMany({
      where: { organizationId: org.organizationId, aggregateId: rowId },
    });
    expect(audit.map((a) => a.action)).toEqual(['employeeCreate']);
    expect(events.map((a) => a.type)).toEqual(['employee.created']);
  });

  it('replays a create with the same idempotency key and refuses another input under it', async () => {
    const first = await createEmployee(t, hrKey, { name: 'Once', idempotencyKey: 'emp-once' });
    const again = await createEmployee(t, hrKey, { name: 'Once', idempotencyKey: 'emp-once' });
    expect(again.id).toBe(first.id);
    expect(
      await refusal(t, hrKey, EMPLOYEE_CREATE, 'employeeCreate', {
        name: 'Twice',
        hireDate: '2024-01-15',
        idempotencyKey: 'emp-once',
      }),
    ).toEqual([expect.objectContaining({ code: 'IDEMPOTENCY_CONFLICT' })]);
  });
});

describe('the acting employee', () => {
  it('knows which employee an API key acts for, and forgets it once terminated', async () => {
    const key = await apiKeyFor(t, org, 'Dana key');
    const dana = await createEmployee(t, hrKey, { name: 'Dana', apiKeyId: key.id });
    const me = await t.gql(key.secret, `{ me { id name } }`);
    expect(me.data.me).toEqual({ id: dana.id, name: 'Dana' });
    expect((await t.gql(hrKey, `{ me { id } }`)).data.me).toBeNull();
    const other = await refusal(t, hrKey, EMPLOYEE_CREATE, 'employeeCreate', {
      name: 'Dana 2',
      hireDate: '2024-01-01',
      apiKeyId: key.id,
    });
    expect(other).toEqual([expect.objectContaining({ code: 'API_KEY_TAKEN' })]);
    await mutate(t, hrKey, EMPLOYEE_TERMINATE, 'employeeTerminate', { id: dana.id });
    expect((await t.gql(key.secret, `{ me { id } }`)).data.me).toBeNull();
  });

  it('refuses a revoked key', async () => {
    const key = await apiKeyFor(t, org, 'Revoked key');
    const revoked = await t.gql(
      org.adminKey,
      `mutation($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { errors { code } } }`,
      { input: { id: key.id } },
    );
    expect(revoked.data.apiKeyRevoke.errors).toEqual([]);
    expect(
      await refusal(t, hrKey, EMPLOYEE_CREATE, 'employeeCreate', {
        name: 'Revoked',
        hireDate: '2024-01-01',
        apiKeyId: key.id,
      }),
    ).toEqual([expect.objectContaining({ code: 'API_KEY_REVOKED' })]);
  });
});

describe('holidays', () => {
  it('replaces the holidays of a year and lists them by date', async () => {
    const set = await mutate<{ holidays: unknown[] }>(t, hrKey, HOLIDAY_SET, 'holidaySet', {
      year: 2026,
      holidays: [
        { date: '2026-12-25', name: 'Christmas Day' },
        { date: '2026-01-01', name: 'New Year' },
      ],
    });
    expect(set.holidays).toEqual([
      { date: '2026-01-01', name: 'New Year' },
      { date: '2026-12-25', name: 'Christmas Day' },
    ]);
    await mutate(t, hrKey, HOLIDAY_SET, 'holidaySet', {
      year: 2026,
      holidays: [{ date: '2026-05-01', name: 'Labour Day' }],
    });
    await mutate(t, hrKey, HOLIDAY_SET, 'holidaySet', {
      year: 2027,
      holidays: [{ date: '2027-01-01', name: 'New Year' }],
    });
    const listed = await t.gql(hrKey, `{ holidays(year: 2026) { date name } }`);
    expect(listed.data.holidays).toEqual([{ date: '2026-05-01', name: 'Labour Day' }]);
  });

  it('refuses dates outside the year and duplicates', async () => {
    const errors = await refusal(t, hrKey, HOLIDAY_SET, 'holidaySet', {
      year: 2026,
      holidays: [
        { date: '2025-12-31', name: 'Wrong year' },
        { date: '2026-03-03', name: 'A' },
        { date: '2026-03-03', name: 'B' },
      ],
    });
    expect(errors.map((e) => e.code)).toEqual(['INVALID_DATE', 'DUPLICATE_DATE']);
    expect(errors[1].field).toEqual(['input', 'holidays', '2', 'date']);
  });
});

describe('permissions and tenancy', () => {
  it('lets every key read the directory and only HR or ADMIN change it', async () => {
    const employeeKey = await org.key('EMPLOYEE');
    const salesKey = await org.key('SALES');
    const listed = await t.gql(employeeKey, `{ employees(first: 1) { totalCount nodes { ${EMPLOYEE_FIELDS} } } }`);
    expect(listed.errors).toBeUndefined();
    expect(listed.data.employees.totalCount).toBeGreaterThan(0);
    for (const key of [employeeKey, salesKey]) {
      const refused = await t.gql(key, EMPLOYEE_CREATE, { input: { name: 'Nope', hireDate: '2024-01-01' } });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const holidays = await t.gql(key, HOLIDAY_SET, { input: { year: 2026, holidays: [] } });
      expect(holidays.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const byAdmin = await createEmployee(t, org.adminKey, { name: 'Made by admin' });
    expect(byAdmin.status).toBe('ACTIVE');
  });

  it('shows another organization nothing and refuses its IDs as references', async () => {
    const foreign = await t.newOrg('HR Foreign Org');
    const foreignHr = await foreign.key('HR');
    const mine = await createEmployee(t, hrKey, { name: 'Mine Only' });
    expect((await t.gql(foreignHr, `{ employees { totalCount } }`)).data.employees.totalCount).toBe(0);
    expect(
      (await t.gql(foreignHr, `query($id: ID!) { employee(id: $id) { id } }`, { id: mine.id })).data.employee,
    ).toBeNull();
    expect((await t.gql(foreignHr, `query($id: ID!) { node(id: $id) { id } }`, { id: mine.id })).data.node).toBeNull();
    const errors = await refusal(t, foreignHr, EMPLOYEE_CREATE, 'employeeCreate', {
      name: 'Foreign',
      hireDate: '2024-01-01',
      managerId: mine.id,
    });
    expect(errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'managerId'] })]);
    const update = payload(
      await t.gql(foreignHr, EMPLOYEE_UPDATE, { input: { id: mine.id, name: 'Stolen' } }),
      'employeeUpdate',
    );
    expect(update.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
  });
});
