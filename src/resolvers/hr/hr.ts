import * as hr from '../../domain/hr/index.js';
import { yearArgument } from './year.js';
import { builder } from '../../schema/builder.js';
import { requireActor } from '../../schema/context.js';
import {
  DepartmentCreateInput,
  DepartmentUpdateInput,
  DepartmentWhere,
  EMPLOYEE_ORDER_COLUMNS,
  EmployeeCreateInput,
  EmployeeOrderBy,
  EmployeeStatusSetInput,
  EmployeeTerminateInput,
  EmployeeUpdateInput,
  EmployeeWhere,
  HR_READERS,
  HR_WRITERS,
  HolidaySetInput,
  HrError,
  PositionCreateInput,
} from '../../schema/hr/hr.js';
import { idFor, optionalIdFor } from '../../schema/ids.js';
import { orderByWithTiebreaker } from '../../schema/ordering.js';
import { payloadType } from '../../schema/payloads.js';
import { departmentWhere, employeeWhere } from './where.js';
import { runMutation } from '../run-mutation.js';

const READERS = 'Any API key of the organization may read it.';
const EVENTS = (names: string) => `Emits ${names}. Needs role HR.`;

builder.queryFields((t) => ({
  department: t.prismaField({
    type: 'Department',
    nullable: true,
    description: `A department by ID; null if it does not exist in your organization. ${READERS}`,
    authScopes: HR_READERS,
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the department.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'Department' ? ctx.db.department.findUnique({ ...query, where: { id: args.id.id } }) : null,
  }),
  departments: t.prismaConnection(
    {
      type: 'Department',
      cursor: 'id',
      description: `Departments, by name; default 20 per page, at most 100. ${READERS}`,
      authScopes: HR_READERS,
      args: { where: t.arg({ type: DepartmentWhere, description: 'Filter; omit for all departments.' }) },
      totalCount: (_connection, args, ctx) => ctx.db.department.count({ where: departmentWhere(args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.department.findMany({
          ...query,
          where: departmentWhere(args.where),
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'DepartmentConnection', description: 'A page of departments.' },
    { name: 'DepartmentEdge', description: 'A department in a page, with its cursor.' },
  ),
  positions: t.prismaConnection(
    {
      type: 'Position',
      cursor: 'id',
      description: `Positions, by title; default 20 per page, at most 100. ${READERS}`,
      authScopes: HR_READERS,
      totalCount: (_connection, _args, ctx) => ctx.db.position.count(),
      resolve: (query, _root, _args, ctx) =>
        ctx.db.position.findMany({ ...query, orderBy: [{ title: 'asc' }, { id: 'asc' }] }),
    },
    { name: 'PositionConnection', description: 'A page of positions.' },
    { name: 'PositionEdge', description: 'A position in a page, with its cursor.' },
  ),
  employee: t.prismaField({
    type: 'Employee',
    nullable: true,
    description: `An employee by ID; null if it does not exist in your organization. ${READERS}`,
    authScopes: HR_READERS,
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the employee.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'Employee' ? ctx.db.employee.findUnique({ ...query, where: { id: args.id.id } }) : null,
  }),
  me: t.prismaField({
    type: 'Employee',
    nullable: true,
    description:
      'The employee the calling API key acts for (see Employee.apiKey); null when the key is not linked to a current employee.',
    authScopes: HR_READERS,
    resolve: (query, _root, _args, ctx) => {
      const employeeId = requireActor(ctx).employeeId;
      return employeeId ? ctx.db.employee.findUnique({ ...query, where: { id: employeeId } }) : null;
    },
  }),
  employees: t.prismaConnection(
    {
      type: 'Employee',
      cursor: 'id',
      description: `Employees, filtered and sorted; default 20 per page, at most 100. ${READERS}`,
      authScopes: HR_READERS,
      args: {
        where: t.arg({
          type: EmployeeWhere,
          description: 'Filter; omit for all employees (terminated ones included).',
        }),
        orderBy: t.arg({ type: [EmployeeOrderBy], description: 'Sort keys, most significant first (default: name).' }),
      },
      totalCount: async (_connection, args, ctx) =>
        ctx.db.employee.count({ where: await employeeWhere(ctx.db, requireActor(ctx).organizationId, args.where) }),
      resolve: async (query, _root, args, ctx) =>
        ctx.db.employee.findMany({
          ...query,
          where: await employeeWhere(ctx.db, requireActor(ctx).organizationId, args.where),
          orderBy: orderByWithTiebreaker(args.orderBy, EMPLOYEE_ORDER_COLUMNS, [{ name: 'asc' }]),
        }),
    },
    { name: 'EmployeeConnection', description: 'A page of employees.' },
    { name: 'EmployeeEdge', description: 'An employee in a page, with its cursor.' },
  ),
  holidays: t.prismaField({
    type: ['Holiday'],
    description: `The organization's public holidays of a year, by date. ${READERS}`,
    authScopes: HR_READERS,
    args: { year: t.arg.int({ required: true, description: 'The calendar year.' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.holiday.findMany({
        ...query,
        where: { date: yearArgument(args.year) },
        orderBy: { date: 'asc' },
      }),
  }),
}));

function departmentPayload(name: string, description: string) {
  return payloadType<hr.DepartmentRef>(name, {
    description,
    errorType: HrError,
    fields: (t) => ({
      department: t.prismaField({
        type: 'Department',
        nullable: true,
        description: 'The department after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.department.findUnique({ ...query, where: { id: payload.ids.departmentId } }) : null,
      }),
    }),
  });
}

function employeePayload(name: string, description: string) {
  return payloadType<hr.EmployeeRef>(name, {
    description,
    errorType: HrError,
    fields: (t) => ({
      employee: t.prismaField({
        type: 'Employee',
        nullable: true,
        description: 'The employee after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.employee.findUnique({ ...query, where: { id: payload.ids.employeeId } }) : null,
      }),
    }),
  });
}

const PositionCreatePayload = payloadType<hr.PositionRef>('PositionCreatePayload', {
  description: 'Result of positionCreate.',
  errorType: HrError,
  fields: (t) => ({
    position: t.prismaField({
      type: 'Position',
      nullable: true,
      description: 'The new position; null when there are errors.',
      resolve: (query, payload, _args, ctx) =>
        payload.ids ? ctx.db.position.findUnique({ ...query, where: { id: payload.ids.positionId } }) : null,
    }),
  }),
});

const HolidaySetPayload = payloadType<hr.HolidaySetResult>('HolidaySetPayload', {
  description: 'Result of holidaySet.',
  errorType: HrError,
  fields: (t) => ({
    holidays: t.prismaField({
      type: ['Holiday'],
      nullable: true,
      description: "The year's holidays after the mutation, by date; null when there are errors.",
      resolve: (query, payload, _args, ctx) =>
        payload.ids
          ? ctx.db.holiday.findMany({
              ...query,
              where: { date: yearArgument(payload.ids.year) },
              orderBy: { date: 'asc' },
            })
          : null,
    }),
  }),
});

const DepartmentCreatePayload = departmentPayload('DepartmentCreatePayload', 'Result of departmentCreate.');
const DepartmentUpdatePayload = departmentPayload('DepartmentUpdatePayload', 'Result of departmentUpdate.');
const EmployeeCreatePayload = employeePayload('EmployeeCreatePayload', 'Result of employeeCreate.');
const EmployeeUpdatePayload = employeePayload('EmployeeUpdatePayload', 'Result of employeeUpdate.');
const EmployeeStatusSetPayload = employeePayload('EmployeeStatusSetPayload', 'Result of employeeStatusSet.');
const EmployeeTerminatePayload = employeePayload('EmployeeTerminatePayload', 'Result of employeeTerminate.');

builder.mutationFields((t) => ({
  departmentCreate: t.field({
    type: DepartmentCreatePayload,
    description: EVENTS('department.created'),
    authScopes: HR_WRITERS,
    args: { input: t.arg({ type: DepartmentCreateInput, required: true, description: 'The new department.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'departmentCreate', input, (tx, actor) =>
        hr.createDepartment(tx, actor, {
          name: input.name,
          parentId: optionalIdFor('Department', input.parentId, 'parentId'),
          headId: optionalIdFor('Employee', input.headId, 'headId'),
        }),
      ),
  }),
  departmentUpdate: t.field({
    type: DepartmentUpdatePayload,
    description: `Renames a department, moves it in the tree (DEPARTMENT_CYCLE if below itself) or changes its head. ${EVENTS('department.updated')}`,
    authScopes: HR_WRITERS,
    args: { input: t.arg({ type: DepartmentUpdateInput, required: true, description: 'What to change.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'departmentUpdate', input, (tx, actor) =>
        hr.updateDepartment(tx, actor, {
          id: idFor('Department', input.id, 'id'),
          expectedVersion: input.expectedVersion,
          name: input.name,
          parentId: optionalIdFor('Department', input.parentId, 'parentId'),
          headId: optionalIdFor('Employee', input.headId, 'headId'),
        }),
      ),
  }),
  positionCreate: t.field({
    type: PositionCreatePayload,
    description: EVENTS('position.created'),
    authScopes: HR_WRITERS,
    args: { input: t.arg({ type: PositionCreateInput, required: true, description: 'The new position.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'positionCreate', input, (tx, actor) => hr.createPosition(tx, actor, { title: input.title })),
  }),
  employeeCreate: t.field({
    type: EmployeeCreatePayload,
    description: EVENTS('employee.created'),
    authScopes: HR_WRITERS,
    args: { input: t.arg({ type: EmployeeCreateInput, required: true, description: 'The new employee.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'employeeCreate', input, (tx, actor) =>
        hr.createEmployee(tx, actor, {
          ...input,
          departmentId: optionalIdFor('Department', input.departmentId, 'departmentId'),
          positionId: optionalIdFor('Position', input.positionId, 'positionId'),
          managerId: optionalIdFor('Employee', input.managerId, 'managerId'),
          apiKeyId: optionalIdFor('ApiKey', input.apiKeyId, 'apiKeyId'),
        }),
      ),
  }),
  employeeUpdate: t.field({
    type: EmployeeUpdatePayload,
    description: `Changes an employee who is not terminated; a new manager must not report to them (MANAGER_CYCLE). ${EVENTS('employee.updated')}`,
    authScopes: HR_WRITERS,
    args: { input: t.arg({ type: EmployeeUpdateInput, required: true, description: 'What to change.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'employeeUpdate', input, (tx, actor) =>
        hr.updateEmployee(tx, actor, {
          ...input,
          id: idFor('Employee', input.id, 'id'),
          departmentId: optionalIdFor('Department', input.departmentId, 'departmentId'),
          positionId: optionalIdFor('Position', input.positionId, 'positionId'),
          managerId: optionalIdFor('Employee', input.managerId, 'managerId'),
          apiKeyId: optionalIdFor('ApiKey', input.apiKeyId, 'apiKeyId'),
        }),
      ),
  }),
  employeeStatusSet: t.field({
    type: EmployeeStatusSetPayload,
    description: `Puts an employee on leave or back to active. ${EVENTS('employee.statusChanged')}`,
    authScopes: HR_WRITERS,
    args: {
      input: t.arg({ type: EmployeeStatusSetInput, required: true, description: 'The employee and the status.' }),
    },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'employeeStatusSet', input, (tx, actor) =>
        hr.setEmployeeStatus(tx, actor, { ...input, id: idFor('Employee', input.id, 'id') }),
      ),
  }),
  employeeTerminate: t.field({
    type: EmployeeTerminatePayload,
    description: `Ends an employment: status TERMINATED, the linked API key stops acting for them. Refused while others report to them (HAS_DIRECT_REPORTS) or they head a department (IS_DEPARTMENT_HEAD). ${EVENTS('employee.terminated')}`,
    authScopes: HR_WRITERS,
    args: { input: t.arg({ type: EmployeeTerminateInput, required: true, description: 'The employee.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'employeeTerminate', input, (tx, actor) =>
        hr.terminateEmployee(tx, actor, { ...input, id: idFor('Employee', input.id, 'id') }),
      ),
  }),
  holidaySet: t.field({
    type: HolidaySetPayload,
    description: `Replaces the organization's public holidays of one year. ${EVENTS('holidays.set')}`,
    authScopes: HR_WRITERS,
    args: { input: t.arg({ type: HolidaySetInput, required: true, description: 'The year and its holidays.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'holidaySet', input, (tx, actor) => hr.setHolidays(tx, actor, input)),
  }),
}));
