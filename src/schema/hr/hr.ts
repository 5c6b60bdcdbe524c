import DataLoader from 'dataloader';
import { HR_ERROR_CODES, managerChains } from '../../domain/hr/index.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { DateTimeFilter, StringFilter, enumFilter } from '../filters.js';
import { OrderDirection } from '../ordering.js';
import { domainErrorType, IDEMPOTENCY_DESCRIPTION } from '../payloads.js';

// HR: the directory (departments, positions, employees, holidays). Any API key of the organization may
// read it; writing needs role HR (ADMIN always passes).

export const HR_WRITERS = { role: 'HR' } as const;
export const HR_READERS = { authenticated: true } as const;

export const HrError = domainErrorType('Hr', HR_ERROR_CODES);

export const EmployeeStatusEnum = builder.enumType('EmployeeStatus', {
  description: 'Where an employee stands.',
  values: {
    ACTIVE: { description: 'Working.' },
    ON_LEAVE: { description: 'On extended leave; still employed and may still approve.' },
    TERMINATED: { description: 'No longer employed; the API key linked to them no longer acts for them.' },
  } as const,
});

export const EmployeeActiveStatusEnum = builder.enumType('EmployeeActiveStatus', {
  description: 'The statuses employeeStatusSet may set (termination is employeeTerminate).',
  values: {
    ACTIVE: { description: 'Working.' },
    ON_LEAVE: { description: 'On extended leave.' },
  } as const,
});

/**
 * Chains of command of all employees a request lists, in one recursive statement, then their
 * employees in one more: a list of employees costs the same statements at any size.
 */
const chainLoaders = new WeakMap<GraphQLContext, DataLoader<string, string[]>>();
function chainLoader(ctx: GraphQLContext): DataLoader<string, string[]> {
  let loader = chainLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const chains = await managerChains(ctx.db, ctx.actor!.organizationId, [...ids]);
      return ids.map((id) => chains.get(id) ?? []);
    });
    chainLoaders.set(ctx, loader);
  }
  return loader;
}
const managerLoaders = new WeakMap<GraphQLContext, Map<string, DataLoader<string, unknown>>>();
function employeeLoader(ctx: GraphQLContext, query: object): DataLoader<string, unknown> {
  let perQuery = managerLoaders.get(ctx);
  if (!perQuery) managerLoaders.set(ctx, (perQuery = new Map()));
  const key = JSON.stringify(query);
  let loader = perQuery.get(key);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = (await ctx.db.employee.findMany({ ...(query as object), where: { id: { in: [...ids] } } })) as {
        id: string;
      }[];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    perQuery.set(key, loader);
  }
  return loader;
}

builder.prismaNode('Department', {
  select: { id: true },
  description:
    'A department. Departments form a tree; each may have a head. Readable by any API key of the organization.',
  id: { field: 'id' },
  nullable: true,
  authScopes: HR_READERS,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Display name.' }),
    parent: t.relation('parent', {
      nullable: true,
      description: 'The department above; null for a top-level department.',
    }),
    children: t.relation('children', {
      description: 'The departments directly below, by name.',
      query: () => ({ orderBy: [{ name: 'asc' as const }, { id: 'asc' as const }] }),
    }),
    head: t.relation('head', {
      nullable: true,
      description: 'The employee heading the department (approvals may route to them).',
    }),
    employees: t.relatedConnection(
      'employees',
      {
        cursor: 'id',
        totalCount: true,
        description:
          'Employees directly in this department, by name. For sub-departments too use employees(where: { department: { id, includeSubDepartments: true } }).',
        query: () => ({ orderBy: [{ name: 'asc' as const }, { id: 'asc' as const }] }),
      },
      { name: 'DepartmentEmployeeConnection', description: "A page of a department's employees." },
      { name: 'DepartmentEmployeeEdge', description: 'An employee in a page, with its cursor.' },
    ),
    version: t.exposeInt('version', { description: 'Increases with every change; send it as expectedVersion.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the department was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the department last changed.' }),
  }),
});

builder.prismaNode('Position', {
  select: { id: true },
  description: 'A job position (title) employees can hold. Readable by any API key of the organization.',
  id: { field: 'id' },
  nullable: true,
  authScopes: HR_READERS,
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Job title, for example "Accountant".' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the position was created.' }),
  }),
});

builder.prismaNode('Employee', {
  select: { id: true },
  description:
    'A person employed by the organization. Readable by any API key of the organization; changed by role HR.',
  id: { field: 'id' },
  nullable: true,
  authScopes: HR_READERS,
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'Human key, unique in the organization ignoring case (generated as EMP-00001 if not given).',
    }),
    name: t.exposeString('name', { description: 'Full name.' }),
    workEmail: t.exposeString('workEmail', { nullable: true, description: 'Work email address (stored lower-case).' }),
    department: t.relation('department', { nullable: true, description: 'The department the employee belongs to.' }),
    position: t.relation('position', { nullable: true, description: "The employee's position." }),
    manager: t.relation('manager', {
      nullable: true,
      description: "The employee's direct manager; null at the top of the organization.",
    }),
    directReports: t.relatedConnection(
      'directReports',
      {
        cursor: 'id',
        totalCount: true,
        description: 'Employees whose manager is this employee, by name.',
        query: () => ({ orderBy: [{ name: 'asc' as const }, { id: 'asc' as const }] }),
      },
      { name: 'DirectReportConnection', description: 'A page of direct reports.' },
      { name: 'DirectReportEdge', description: 'A direct report in a page, with its cursor.' },
    ),
    chainOfCommand: t.prismaField({
      type: ['Employee'],
      description: "The managers above this employee, nearest first: manager, manager's manager, ... up to the top.",
      resolve: async (query, employee, _args, ctx) => {
        const ids = await chainLoader(ctx).load(employee.id);
        const loader = employeeLoader(ctx, query);
        const rows = await Promise.all(ids.map((id) => loader.load(id)));
        return rows.filter((row) => row !== null) as never;
      },
    }),
    hireDate: t.expose('hireDate', { type: 'Date', description: 'First day of employment.' }),
    status: t.expose('status', { type: EmployeeStatusEnum, description: 'Active, on leave or terminated.' }),
    terminatedOn: t.expose('terminatedOn', {
      type: 'Date',
      nullable: true,
      description: 'Last day of employment; set when terminated.',
    }),
    apiKey: t.relation('apiKey', {
      nullable: true,
      description:
        'The API key that acts as this employee (its calls know who is acting, e.g. for approvals). Null when there is none, and for anyone but ADMIN and that key itself.',
    }),
    version: t.exposeInt('version', { description: 'Increases with every change; send it as expectedVersion.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the employee was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the employee last changed.' }),
  }),
});

builder.prismaObject('Holiday', {
  description: 'A public holiday of the organization; not a working day when leave is counted.',
  authScopes: HR_READERS,
  fields: (t) => ({
    date: t.expose('date', { type: 'Date', description: 'The day.' }),
    name: t.exposeString('name', { description: 'Name, for example "New Year\'s Day".' }),
  }),
});

export const EmployeeOrderField = builder.enumType('EmployeeOrderField', {
  description: 'Fields employees can be sorted by.',
  values: {
    NAME: { description: 'Full name.' },
    CODE: { description: 'Employee code.' },
    HIRE_DATE: { description: 'Hire date.' },
    CREATED_AT: { description: 'Creation time.' },
  } as const,
});

export const EMPLOYEE_ORDER_COLUMNS = {
  NAME: 'name',
  CODE: 'code',
  HIRE_DATE: 'hireDate',
  CREATED_AT: 'createdAt',
} as const;

export const EmployeeOrderBy = builder.inputType('EmployeeOrderBy', {
  description: 'One sort key for employees. Ties are always broken by id, so pages are stable.',
  fields: (t) => ({
    field: t.field({ type: EmployeeOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, defaultValue: 'ASC', description: 'Sort direction (default ASC).' }),
  }),
});

const EmployeeStatusFilter = enumFilter('EmployeeStatusFilter', EmployeeStatusEnum, "an employee's status");

export const EmployeeDepartmentFilter = builder.inputType('EmployeeDepartmentFilter', {
  description: 'Employees of a department, optionally with every department below it.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the department.' }),
    includeSubDepartments: t.boolean({
      defaultValue: false,
      description: 'Also employees of departments below it, at any depth (default false).',
    }),
  }),
});

export interface EmployeeWhereValue {
  search?: string | null;
  name?: typeof StringFilter.$inferInput | null;
  code?: typeof StringFilter.$inferInput | null;
  status?: {
    equals?: 'ACTIVE' | 'ON_LEAVE' | 'TERMINATED' | null;
    in?: ('ACTIVE' | 'ON_LEAVE' | 'TERMINATED')[] | null;
  } | null;
  department?: { id: string; includeSubDepartments?: boolean | null } | null;
  managerId?: string | null;
  positionId?: string | null;
  createdAt?: typeof DateTimeFilter.$inferInput | null;
  AND?: EmployeeWhereValue[] | null;
  OR?: EmployeeWhereValue[] | null;
  NOT?: EmployeeWhereValue | null;
}

export const EmployeeWhere = builder.inputRef<EmployeeWhereValue>('EmployeeWhere').implement({
  description: 'Filter for employees. All given conditions must hold; use OR and NOT for alternatives.',
  fields: (t) => ({
    search: t.string({ description: 'Matches name, code or work email containing this text, ignoring case.' }),
    name: t.field({ type: StringFilter, description: 'Conditions on the name.' }),
    code: t.field({ type: StringFilter, description: 'Conditions on the code.' }),
    status: t.field({ type: EmployeeStatusFilter, description: 'Active, on leave or terminated.' }),
    department: t.field({
      type: EmployeeDepartmentFilter,
      description: 'Members of a department (and, if asked, its sub-departments).',
    }),
    managerId: t.id({ description: 'Global ID of an employee: only their direct reports.' }),
    positionId: t.id({ description: 'Global ID of a position: only employees holding it.' }),
    createdAt: t.field({ type: DateTimeFilter, description: 'Conditions on the creation time.' }),
    AND: t.field({ type: [EmployeeWhere], description: 'All of these filters hold.' }),
    OR: t.field({ type: [EmployeeWhere], description: 'At least one of these filters holds.' }),
    NOT: t.field({ type: EmployeeWhere, description: 'This filter does not hold.' }),
  }),
});

export interface DepartmentWhereValue {
  name?: typeof StringFilter.$inferInput | null;
  parentId?: string | null;
  topLevel?: boolean | null;
}

export const DepartmentWhere = builder.inputRef<DepartmentWhereValue>('DepartmentWhere').implement({
  description: 'Filter for departments. All given conditions must hold.',
  fields: (t) => ({
    name: t.field({ type: StringFilter, description: 'Conditions on the name.' }),
    parentId: t.id({ description: 'Global ID of a department: only the departments directly below it.' }),
    topLevel: t.boolean({ description: 'true: only departments without a parent; false: only those with one.' }),
  }),
});

const EXPECTED_VERSION_DESCRIPTION =
  'The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned.';

export const DepartmentCreateInput = builder.inputType('DepartmentCreateInput', {
  description: 'A new department.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Display name, at most 200 characters.' }),
    parentId: t.id({ description: 'Global ID of the department above; omit for a top-level department.' }),
    headId: t.id({ description: 'Global ID of the (not terminated) employee heading it.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const DepartmentUpdateInput = builder.inputType('DepartmentUpdateInput', {
  description: 'Changes to a department. Omitted fields stay as they are; null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The department to change.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    name: t.string({ description: 'Display name, at most 200 characters.' }),
    parentId: t.id({
      description:
        'The department above; null makes it top-level. Refused with DEPARTMENT_CYCLE if it sits below this one.',
    }),
    headId: t.id({ description: 'The employee heading it; null leaves it without head.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const PositionCreateInput = builder.inputType('PositionCreateInput', {
  description: 'A new position.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'Job title, at most 200 characters.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

function employeeFields(
  t: PothosSchemaTypes.InputFieldBuilder<
    typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never,
    'InputObject'
  >,
  creating: boolean,
) {
  const clears = creating ? '' : ' null clears it.';
  return {
    code: t.string({
      description: creating
        ? 'Employee code, unique in the organization ignoring case; letters, digits, ".", "_", "-", at most 32. Generated (EMP-00001, ...) when omitted.'
        : 'New employee code, unique in the organization ignoring case. Cannot be cleared.',
    }),
    workEmail: t.string({ description: `Work email address.${clears}` }),
    departmentId: t.id({ description: `Global ID of the department.${clears}` }),
    positionId: t.id({ description: `Global ID of the position.${clears}` }),
    managerId: t.id({
      description: `Global ID of the direct manager (not terminated; refused with MANAGER_CYCLE if they report to this employee).${clears}`,
    }),
    apiKeyId: t.id({
      description: `Global ID of the API key that acts as this employee (one employee per key).${clears}`,
    }),
  };
}

export const EmployeeCreateInput = builder.inputType('EmployeeCreateInput', {
  description: 'A new employee; status ACTIVE.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Full name, at most 200 characters.' }),
    hireDate: t.field({ type: 'Date', required: true, description: 'First day of employment.' }),
    ...employeeFields(t, true),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const EmployeeUpdateInput = builder.inputType('EmployeeUpdateInput', {
  description:
    'Changes to an employee (not terminated). Omitted fields stay as they are; null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The employee to change.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    name: t.string({ description: 'Full name, at most 200 characters.' }),
    hireDate: t.field({ type: 'Date', description: 'First day of employment. Cannot be cleared.' }),
    ...employeeFields(t, false),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const EmployeeStatusSetInput = builder.inputType('EmployeeStatusSetInput', {
  description: 'Puts an employee on leave or back to active.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The employee.' }),
    status: t.field({ type: EmployeeActiveStatusEnum, required: true, description: 'ACTIVE or ON_LEAVE.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const EmployeeTerminateInput = builder.inputType('EmployeeTerminateInput', {
  description: 'Ends an employment.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The employee.' }),
    terminatedOn: t.field({
      type: 'Date',
      description: 'Last day of employment, not before the hire date (default: today, UTC).',
    }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const HolidayInput = builder.inputType('HolidayInput', {
  description: 'One public holiday.',
  fields: (t) => ({
    date: t.field({ type: 'Date', required: true, description: 'The day; must be in the year being set.' }),
    name: t.string({ required: true, description: 'Name, at most 200 characters.' }),
  }),
});

export const HolidaySetInput = builder.inputType('HolidaySetInput', {
  description: 'The complete list of public holidays of one year.',
  fields: (t) => ({
    year: t.int({ required: true, description: 'The calendar year, for example 2026.' }),
    holidays: t.field({
      type: [HolidayInput],
      required: true,
      description: "Every holiday of the year (at most 100); replaces the year's list. Empty clears it.",
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});
