// HR's public face. Other domains and the GraphQL resolvers import only from here.
import { registerApproverDirectory } from '../approvals/index.js';
import { registerOrganizationInitializer } from '../../platform/organizations.js';
import { approverDirectory } from './approver-directory.js';
import { createDefaultLeaveTypes } from './leave-types.js';

// The approvals engine learns who manages whom from hr (it never imports hr).
registerApproverDirectory(approverDirectory);
// Every new organization starts with annual, sick and unpaid leave.
registerOrganizationInitializer((tx, actor) => createDefaultLeaveTypes(tx, actor));

export {
  createDepartment,
  updateDepartment,
  type DepartmentRef,
  type DepartmentFields,
  type DepartmentUpdateInput,
} from './departments.js';
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
export { createLeaveType, type LeaveTypeRef, type LeaveTypeCreateInput } from './leave-types.js';
export { balancesOf, type BalanceFigures } from './leave-balances.js';
export {
  createLeaveRequest,
  submitLeaveRequest,
  LEAVE_SUBJECT,
  type LeaveRequestRef,
  type LeaveRequestCreateInput,
} from './leave-requests.js';
export { YEAR_RANGE, yearSpan } from './dates.js';
export { countWorkingDays, isWorkingDay, type LeaveSpan } from './working-days.js';
export {
  createExpenseClaim,
  submitExpenseClaim,
  EXPENSE_SUBJECT,
  type ExpenseClaimRef,
  type ExpenseClaimCreateInput,
  type ExpenseLineInput,
} from './expense-claims.js';
export { HR_ERROR_CODES, type HrErrorCode } from './error-codes.js';
export { employeeExists, findEmployee } from './lookups.js';
