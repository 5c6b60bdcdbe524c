// HR's public face. Other domains and the GraphQL resolvers import only from here.
export { createDepartment, updateDepartment, type DepartmentRef, type DepartmentFields, type DepartmentUpdateInput } from './departments.js';
export { createPosition, type PositionRef, type PositionCreateInput } from './positions.js';
export {
  createEmployee,
  updateEmployee,
  setEmployeeStatus,
  terminateEmployee,
  type EmployeeRef,
  type EmployeeFields,
  type EmployeeUpdateInput,
  type EmployeeStatusSetInput,
  type EmployeeTerminateInput,
} from './employees.js';
export { setHolidays, holidaysBetween, type HolidaySetInput, type HolidaySetResult } from './holidays.js';
export { managerChains, departmentWithDescendants } from './org-chart.js';
export { HR_ERROR_CODES, type HrErrorCode } from './error-codes.js';
