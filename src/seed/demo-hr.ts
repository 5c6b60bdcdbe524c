import * as hr from '../domain/hr/index.js';
import type { Actor, TenantTx } from '../platform/index.js';
import type { Progress } from '../platform/progress.js';
import { addDays, isoDay, utcDay } from './demo-dates.js';

// Top-level first: every other department sits below Management, so its head answers for a head's own requests.
const DEMO_DEPARTMENTS = ['Management', 'Sales', 'Operations', 'Purchasing', 'Finance'] as const;
type DepartmentName = (typeof DEMO_DEPARTMENTS)[number];

const DEMO_POSITIONS = [
  'Managing Director',
  'Head of Department',
  'Team Lead',
  'Account Manager',
  'Warehouse Operative',
  'Buyer',
  'Accountant',
  'Office Administrator',
] as const;

/** Who the other demo files name: the heads and the people whose requests they seed. */
export type StaffKey =
  | 'ceo'
  | 'assistant'
  | 'salesHead'
  | 'accountManager'
  | 'salesRep'
  | 'insideSales'
  | 'operationsHead'
  | 'warehouseLead'
  | 'picker'
  | 'packer'
  | 'forkliftDriver'
  | 'purchasingHead'
  | 'buyer'
  | 'juniorBuyer'
  | 'cfo'
  | 'accountant'
  | 'payablesClerk'
  | 'hrOfficer';

export type DemoStaff = Record<StaffKey, { id: string; name: string }>;

interface DemoEmployee {
  key: StaffKey;
  name: string;
  email: string;
  department: DepartmentName;
  position: (typeof DEMO_POSITIONS)[number];
  manager: StaffKey | null;
  /** Whether the employee heads their department. */
  head?: boolean;
  /** Days before today of the hire date. */
  hired: number;
}

// Managers before their reports: the CEO at the root, department heads below, staff below them.
const DEMO_EMPLOYEES: DemoEmployee[] = [
  {
    key: 'ceo',
    name: 'Katharina Vogel',
    email: 'katharina.vogel',
    department: 'Management',
    position: 'Managing Director',
    manager: null,
    head: true,
    hired: 5110,
  },
  {
    key: 'assistant',
    name: 'Jan Petersen',
    email: 'jan.petersen',
    department: 'Management',
    position: 'Office Administrator',
    manager: 'ceo',
    hired: 2210,
  },
  {
    key: 'salesHead',
    name: 'Sophie Brandt',
    email: 'sophie.brandt',
    department: 'Sales',
    position: 'Head of Department',
    manager: 'ceo',
    head: true,
    hired: 3650,
  },
  {
    key: 'accountManager',
    name: 'Marco Bellini',
    email: 'marco.bellini',
    department: 'Sales',
    position: 'Account Manager',
    manager: 'salesHead',
    hired: 1840,
  },
  {
    key: 'salesRep',
    name: 'Emily Clarke',
    email: 'emily.clarke',
    department: 'Sales',
    position: 'Account Manager',
    manager: 'salesHead',
    hired: 910,
  },
  {
    key: 'insideSales',
    name: 'Tobias Krüger',
    email: 'tobias.krueger',
    department: 'Sales',
    position: 'Account Manager',
    manager: 'salesHead',
    hired: 260,
  },
  {
    key: 'operationsHead',
    name: 'Lars Nielsen',
    email: 'lars.nielsen',
    department: 'Operations',
    position: 'Head of Department',
    manager: 'ceo',
    head: true,
    hired: 4020,
  },
  {
    key: 'warehouseLead',
    name: 'Aylin Demir',
    email: 'aylin.demir',
    department: 'Operations',
    position: 'Team Lead',
    manager: 'operationsHead',
    hired: 2540,
  },
  {
    key: 'picker',
    name: 'Piotr Zieliński',
    email: 'piotr.zielinski',
    department: 'Operations',
    position: 'Warehouse Operative',
    manager: 'warehouseLead',
    hired: 1120,
  },
  {
    key: 'packer',
    name: 'Fatima Rahman',
    email: 'fatima.rahman',
    department: 'Operations',
    position: 'Warehouse Operative',
    manager: 'warehouseLead',
    hired: 640,
  },
  {
    key: 'forkliftDriver',
    name: 'Henrik Larsen',
    email: 'henrik.larsen',
    department: 'Operations',
    position: 'Warehouse Operative',
    manager: 'warehouseLead',
    hired: 95,
  },
  {
    key: 'purchasingHead',
    name: 'Claire Dupont',
    email: 'claire.dupont',
    department: 'Purchasing',
    position: 'Head of Department',
    manager: 'ceo',
    head: true,
    hired: 2920,
  },
  {
    key: 'buyer',
    name: 'Mehmet Yılmaz',
    email: 'mehmet.yilmaz',
    department: 'Purchasing',
    position: 'Buyer',
    manager: 'purchasingHead',
    hired: 1460,
  },
  {
    key: 'juniorBuyer',
    name: 'Julia Hartmann',
    email: 'julia.hartmann',
    department: 'Purchasing',
    position: 'Buyer',
    manager: 'purchasingHead',
    hired: 480,
  },
  {
    key: 'cfo',
    name: 'Stefan Richter',
    email: 'stefan.richter',
    department: 'Finance',
    position: 'Head of Department',
    manager: 'ceo',
    head: true,
    hired: 4380,
  },
  {
    key: 'accountant',
    name: 'Ines Moreira',
    email: 'ines.moreira',
    department: 'Finance',
    position: 'Accountant',
    manager: 'cfo',
    hired: 2010,
  },
  {
    key: 'payablesClerk',
    name: 'Paul Schneider',
    email: 'paul.schneider',
    department: 'Finance',
    position: 'Accountant',
    manager: 'cfo',
    hired: 730,
  },
  {
    key: 'hrOfficer',
    name: 'Greta Olsen',
    email: 'greta.olsen',
    department: 'Finance',
    position: 'Office Administrator',
    manager: 'cfo',
    hired: 1280,
  },
];

const EMAIL_DOMAIN = 'demo-company.example';

export const DEMO_EMPLOYEE_COUNT = DEMO_EMPLOYEES.length;
export const DEMO_DEPARTMENT_COUNT = DEMO_DEPARTMENTS.length;

/** Progress steps of the people seed: the departments and positions, each department's staff, the holidays. */
export const DEMO_PEOPLE_STEPS = 1 + DEMO_DEPARTMENTS.length + 1;

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * The public holidays of Hamburg, where the demo company and its warehouse are: Germany's nine
 * nationwide holidays plus Reformation Day, which Hamburg has kept since 2018. HR keeps holidays as
 * one plain list per organization and year, so the demo writes the list of its own city.
 */
export function hamburgHolidays(year: number): { date: string; name: string }[] {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number) => isoDay(new Date(Date.UTC(year, month - 1, day)));
  return [
    { date: fixed(1, 1), name: "New Year's Day" },
    { date: isoDay(addDays(easter, -2)), name: 'Good Friday' },
    { date: isoDay(addDays(easter, 1)), name: 'Easter Monday' },
    { date: fixed(5, 1), name: 'Labour Day' },
    { date: isoDay(addDays(easter, 39)), name: 'Ascension Day' },
    { date: isoDay(addDays(easter, 50)), name: 'Whit Monday' },
    { date: fixed(10, 3), name: 'Day of German Unity' },
    { date: fixed(10, 31), name: 'Reformation Day' },
    { date: fixed(12, 25), name: 'Christmas Day' },
    { date: fixed(12, 26), name: 'Boxing Day' },
  ].sort((x, y) => x.date.localeCompare(y.date));
}

/**
 * The demo company's people: five departments (four below Management) with their heads, eight
 * positions, eighteen employees reporting CEO -> department heads -> staff (a team lead in
 * Operations adds a level), and this year's public holidays. Runs through hr's own commands in the
 * caller's transaction.
 */
export async function seedDemoPeople(
  tx: TenantTx,
  actor: Actor,
  progress: Progress,
  offset: number,
  today = new Date(),
): Promise<{ departments: number; employees: number; staff: DemoStaff }> {
  await progress.step(offset);
  const day = utcDay(today);
  const departments = new Map<DepartmentName, string>();
  for (const name of DEMO_DEPARTMENTS) {
    const parentId = name === 'Management' ? null : departments.get('Management');
    departments.set(name, (await hr.createDepartment(tx, actor, { name, parentId })).departmentId);
  }
  const positions = new Map<string, string>();
  for (const title of DEMO_POSITIONS) positions.set(title, (await hr.createPosition(tx, actor, { title })).positionId);

  const staff = {} as DemoStaff;
  for (const [index, department] of DEMO_DEPARTMENTS.entries()) {
    await progress.step(offset + 1 + index);
    for (const employee of DEMO_EMPLOYEES.filter((e) => e.department === department)) {
      const { employeeId } = await hr.createEmployee(tx, actor, {
        name: employee.name,
        workEmail: `${employee.email}@${EMAIL_DOMAIN}`,
        departmentId: departments.get(department),
        positionId: positions.get(employee.position),
        managerId: employee.manager ? staff[employee.manager].id : null,
        hireDate: isoDay(addDays(day, -employee.hired)),
      });
      staff[employee.key] = { id: employeeId, name: employee.name };
      if (employee.head)
        await hr.updateDepartment(tx, actor, { id: departments.get(department) as string, headId: employeeId });
    }
  }

  await progress.step(offset + 1 + DEMO_DEPARTMENTS.length);
  const year = day.getUTCFullYear();
  await hr.setHolidays(tx, actor, { year, holidays: hamburgHolidays(year) });
  return { departments: DEMO_DEPARTMENTS.length, employees: DEMO_EMPLOYEES.length, staff };
}
