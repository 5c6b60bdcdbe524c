import { expect } from 'vitest';
import type { Role } from '../../src/generated/prisma/enums.js';
import type { GraphQLResponse, TestApp, TestOrg } from '../support/app.js';

export const EMPLOYEE_FIELDS = `id code name workEmail hireDate status terminatedOn version
  department { id name } position { id title } manager { id code name }`;

export const EMPLOYEE_CREATE = `mutation($input: EmployeeCreateInput!) {
  employeeCreate(input: $input) { employee { ${EMPLOYEE_FIELDS} } errors { code message field } }
}`;
export const EMPLOYEE_UPDATE = `mutation($input: EmployeeUpdateInput!) {
  employeeUpdate(input: $input) { employee { ${EMPLOYEE_FIELDS} } errors { code message field } }
}`;
export const EMPLOYEE_TERMINATE = `mutation($input: EmployeeTerminateInput!) {
  employeeTerminate(input: $input) { employee { ${EMPLOYEE_FIELDS} } errors { code message field } }
}`;
export const EMPLOYEE_STATUS_SET = `mutation($input: EmployeeStatusSetInput!) {
  employeeStatusSet(input: $input) { employee { ${EMPLOYEE_FIELDS} } errors { code message field } }
}`;
export const DEPARTMENT_CREATE = `mutation($input: DepartmentCreateInput!) {
  departmentCreate(input: $input) { department { id name version parent { id } head { id } } errors { code message field } }
}`;
export const DEPARTMENT_UPDATE = `mutation($input: DepartmentUpdateInput!) {
  departmentUpdate(input: $input) { department { id name version parent { id } head { id } } errors { code message field } }
}`;
export const POSITION_CREATE = `mutation($input: PositionCreateInput!) {
  positionCreate(input: $input) { position { id title } errors { code message field } }
}`;
export const HOLIDAY_SET = `mutation($input: HolidaySetInput!) {
  holidaySet(input: $input) { holidays { date name } errors { code message field } }
}`;
export const API_KEY_CREATE = `mutation($input: ApiKeyCreateInput!) {
  apiKeyCreate(input: $input) { apiKey { id } secret errors { code message } }
}`;

export interface PayloadError {
  code: string;
  message: string;
  field: string[] | null;
}

export function payload<T = Record<string, any>>(res: GraphQLResponse, field: string): T & { errors: PayloadError[] } {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data[field];
}

export async function mutate<T = Record<string, any>>(
  t: TestApp,
  key: string,
  document: string,
  field: string,
  input: object,
): Promise<T> {
  const result = payload<T>(await t.gql(key, document, { input }), field);
  expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
  return result;
}

export async function refusal(
  t: TestApp,
  key: string,
  document: string,
  field: string,
  input: object,
): Promise<PayloadError[]> {
  const result = payload(await t.gql(key, document, { input }), field);
  expect(result.errors.length).toBeGreaterThan(0);
  return result.errors;
}

export interface EmployeeData {
  id: string;
  code: string;
  name: string;
  status: string;
  version: number;
  manager: { id: string } | null;
  department: { id: string } | null;
}

export async function createEmployee(t: TestApp, key: string, input: Record<string, unknown>): Promise<EmployeeData> {
  return (
    await mutate<{ employee: EmployeeData }>(t, key, EMPLOYEE_CREATE, 'employeeCreate', {
      hireDate: '2024-01-15',
      ...input,
    })
  ).employee;
}

export async function createDepartment(
  t: TestApp,
  key: string,
  input: Record<string, unknown>,
): Promise<{ id: string; version: number }> {
  return (
    await mutate<{ department: { id: string; version: number } }>(t, key, DEPARTMENT_CREATE, 'departmentCreate', input)
  ).department;
}

/** A new API key (ADMIN creates it over the API) with its global ID, for linking to an employee. */
export async function apiKeyFor(
  t: TestApp,
  org: TestOrg,
  name: string,
  roles: Role[] = ['EMPLOYEE'],
): Promise<{ id: string; secret: string }> {
  const created = await t.gql(org.adminKey, API_KEY_CREATE, { input: { name, roles } });
  expect(created.errors).toBeUndefined();
  return { id: created.data.apiKeyCreate.apiKey.id, secret: created.data.apiKeyCreate.secret };
}

/** An employee acting through their own API key. */
export async function employeeWithKey(
  t: TestApp,
  org: TestOrg,
  hrKey: string,
  input: Record<string, unknown>,
  roles: Role[] = ['EMPLOYEE'],
): Promise<EmployeeData & { key: string }> {
  const key = await apiKeyFor(t, org, `${String(input.name)} key`, roles);
  const employee = await createEmployee(t, hrKey, { ...input, apiKeyId: key.id });
  return { ...employee, key: key.secret };
}
