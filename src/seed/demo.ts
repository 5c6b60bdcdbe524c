import { Prisma } from '../generated/prisma/client.js';
import * as crm from '../domain/crm/index.js';
import type { Actor, TenantTx } from '../platform/index.js';
import type { Progress } from '../platform/progress.js';
import { DEMO_APPROVAL_STEPS, seedDemoApprovals } from './demo-approvals.js';
import { DEMO_PEOPLE_STEPS, seedDemoPeople } from './demo-hr.js';
import { DEMO_SUPPLIER_COUNT, seedDemoLedger } from './demo-ledger.js';
import { DEMO_SALES_STEPS, seedDemoSales } from './demo-sales.js';
import { DEMO_PRODUCT_COUNT, seedDemoStock } from './demo-stock.js';
import { DEMO_CITIES, DEMO_COMPANIES, DEMO_PEOPLE, DEMO_TAGS, DEMO_TITLES } from './demo-data.js';

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * Fills a new organization with customers and contacts through the CRM domain's own commands, then
 * books, stock, sales, people and approvals through theirs (see the demo-*.ts files), so the demo has
 * audit records and events like real data. Runs inside the caller's transaction.
 */
export async function seedDemoData(
  tx: TenantTx,
  actor: Actor,
  progress: Progress,
): Promise<{
  customers: number;
  contacts: number;
  invoices: number;
  bills: number;
  payments: number;
  products: number;
  quotes: number;
  salesOrders: number;
  employees: number;
  departments: number;
  approvalPolicies: number;
}> {
  let contacts = 0;
  const customers: { id: string; currency: string }[] = [];
  for (const [index, company] of DEMO_COMPANIES.entries()) {
    await progress.step(index);
    const place = DEMO_CITIES[index % DEMO_CITIES.length];
    const domain = `${slug(company)}.example`;
    const { customerId } = await crm.createCustomer(tx, actor, {
      defaultCurrency: place.currency,
      kind: 'COMPANY',
      name: company,
      email: `orders@${domain}`,
      phone: `+${10 + index} ${100 + index * 7} ${4000 + index * 13}`,
      website: `https://www.${domain}`,
      taxId: `${place.country}${String(100000000 + index * 7919).slice(0, 9)}`,
      billingAddress: {
        line1: `${index + 1} Harbour Street`,
        city: place.city,
        postalCode: place.postalCode,
        country: place.country,
      },
      shippingAddress: {
        line1: `Dock ${(index % 9) + 1}, Industrial Park`,
        city: place.city,
        postalCode: place.postalCode,
        country: place.country,
      },
      tags: [DEMO_TAGS[index % DEMO_TAGS.length], DEMO_TAGS[(index * 3 + 1) % DEMO_TAGS.length]],
      currency: place.currency,
      paymentTermsDays: [14, 30, 45, 60][index % 4],
      creditLimit: new Prisma.Decimal(((index % 5) + 1) * 10_000),
    });
    customers.push({ id: customerId, currency: place.currency });
    const count = 1 + (index % 4);
    for (let n = 0; n < count; n += 1) {
      const person = DEMO_PEOPLE[(index * 3 + n) % DEMO_PEOPLE.length];
      await crm.createContact(tx, actor, {
        customerId,
        name: person,
        email: `${slug(person.split(' ')[0])}.${slug(person.split(' ')[1])}@${domain}`,
        phone: `+${10 + index} ${200 + n} ${5000 + index * 17 + n}`,
        jobTitle: DEMO_TITLES[(index + n) % DEMO_TITLES.length],
        isPrimary: n === 0,
      });
      contacts += 1;
    }
  }
  const books = await seedDemoLedger(tx, actor, customers, offset(progress, DEMO_COMPANIES.length));
  const stock = await seedDemoStock(tx, actor, progress, DEMO_COMPANIES.length * 2 + DEMO_SUPPLIER_COUNT);
  const quotes = await seedDemoSales(
    tx,
    actor,
    customers,
    progress,
    DEMO_COMPANIES.length * 2 + DEMO_SUPPLIER_COUNT + DEMO_PRODUCT_COUNT,
  );
  // After sales: the approval policies must not change how the demo's orders were confirmed.
  const { staff, ...people } = await seedDemoPeople(tx, actor, progress, DEMO_STEPS_BEFORE_PEOPLE);
  const policies = await seedDemoApprovals(tx, actor, staff, progress, DEMO_STEPS_BEFORE_PEOPLE + DEMO_PEOPLE_STEPS);
  await progress.step(DEMO_STEPS);
  return { customers: DEMO_COMPANIES.length, contacts, ...books, ...stock, ...quotes, ...people, ...policies };
}

const DEMO_STEPS_BEFORE_PEOPLE =
  DEMO_COMPANIES.length * 2 + DEMO_SUPPLIER_COUNT + DEMO_PRODUCT_COUNT + DEMO_SALES_STEPS;

/**
 * Progress steps of the whole seed: each customer with its contacts, each customer's invoice, each
 * supplier, each product, the sales setup, each quote and the sales orders, then the people and the
 * approvals.
 */
export const DEMO_STEPS = DEMO_STEPS_BEFORE_PEOPLE + DEMO_PEOPLE_STEPS + DEMO_APPROVAL_STEPS;

function offset(progress: Progress, by: number): Progress {
  return { ...progress, tick: (done) => progress.tick(by + done), step: (done) => progress.step(by + done) };
}
