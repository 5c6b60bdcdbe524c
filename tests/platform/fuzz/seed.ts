import * as crm from '../../../src/domain/crm/index.js';
import type { Actor, TenantTx } from '../../../src/platform/index.js';
import type { Progress } from '../../../src/platform/progress.js';
import { seedDemoApprovals } from '../../../src/seed/demo-approvals.js';
import { seedDemoPeople } from '../../../src/seed/demo-hr.js';
import { seedDemoLedger } from '../../../src/seed/demo-ledger.js';
import { seedDemoSales } from '../../../src/seed/demo-sales.js';
import { seedDemoStock } from '../../../src/seed/demo-stock.js';

const quiet: Progress = {
  signal: new AbortController().signal,
  tick: () => {},
  step: async () => {},
  finish: () => {},
  dispose: () => {},
};

/**
 * The demo seed with 6 customers (the demo's quotes need 5 in EUR) instead of the demo's dozens: real records of every kind (books,
 * stock, quotes and orders, people, approval policies) for the fuzzer to point at, in seconds.
 * Without `full`, only customers, stock and people: enough for another organization's IDs.
 */
export async function seedFuzzData(tx: TenantTx, actor: Actor, full = true): Promise<void> {
  const customers: { id: string; currency: string }[] = [];
  for (const [index, currency] of ['EUR', 'EUR', 'USD', 'EUR', 'EUR', 'EUR'].entries()) {
    const { customerId } = await crm.createCustomer(tx, actor, {
      kind: 'COMPANY',
      name: `Fuzz Customer ${index}`,
      email: `orders${index}@fuzz.example`,
      currency,
      defaultCurrency: currency,
      tags: ['fuzz'],
      billingAddress: { line1: `${index + 1} Harbour Street`, city: 'Hamburg', postalCode: '20457', country: 'DE' },
    } as never);
    await crm.createContact(tx, actor, {
      customerId,
      name: `Fuzz Contact ${index}`,
      email: `contact${index}@fuzz.example`,
      isPrimary: true,
    } as never);
    customers.push({ id: customerId, currency });
  }
  const timings: string[] = [];
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const start = Date.now();
    const result = await work();
    timings.push(`${name} ${Date.now() - start} ms`);
    return result;
  };
  if (full) await timed('ledger', () => seedDemoLedger(tx, actor, customers, quiet));

  await timed('stock', () => seedDemoStock(tx, actor, quiet, 0));
  if (full) await timed('sales', () => seedDemoSales(tx, actor, customers, quiet, 0));
  const { staff } = await timed('people', () => seedDemoPeople(tx, actor, quiet, 0));
  if (full) await timed('approvals', () => seedDemoApprovals(tx, actor, staff, quiet, 0));
  if (process.env.FUZZ_DEBUG) process.stderr.write(`fuzz seed: ${timings.join(', ')}\n`);
}
