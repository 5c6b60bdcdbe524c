import type { PrismaClient } from '../generated/prisma/client.js';
import { createOrganization, type NewOrganization } from '../platform/organizations.js';
import { startProgress } from '../platform/progress.js';
import { DEMO_STEPS, seedDemoData } from './demo.js';

export const DEMO_ORGANIZATION_NAME = 'Demo Company Ltd';

/** Creates the demo organization and its data in one transaction; Ctrl-C rolls all of it back. */
export async function createDemoOrganization(prisma: PrismaClient): Promise<NewOrganization> {
  const progress = startProgress('Seeding demo data', DEMO_STEPS);
  try {
    let summary = {
      customers: 0,
      contacts: 0,
      invoices: 0,
      bills: 0,
      payments: 0,
      products: 0,
      quotes: 0,
      salesOrders: 0,
      employees: 0,
      departments: 0,
      approvalPolicies: 0,
    };
    const organization = await createOrganization(
      prisma,
      { name: DEMO_ORGANIZATION_NAME, baseCurrency: 'EUR', adminKeyName: 'Demo administrator' },
      async (tx, actor) => {
        summary = await seedDemoData(tx, actor, progress);
      },
    );
    progress.finish(
      `Demo organization created with ${summary.customers} customers, ${summary.contacts} contacts, ${summary.invoices} invoices, ${summary.bills} bills, ${summary.payments} payments, ${summary.products} stocked products, ${summary.quotes} quotes and ${summary.salesOrders} sales orders; ${summary.employees} employees in ${summary.departments} departments, ${summary.approvalPolicies} approval policies.`,
    );
    return organization;
  } finally {
    progress.dispose();
  }
}
