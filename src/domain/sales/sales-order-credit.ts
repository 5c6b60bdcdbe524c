// The credit check of a sales order: what the customer would owe with this order, against their limit.
import { Prisma, type Customer, type SalesOrder } from '../../generated/prisma/client.js';
import { openItems, rateFor } from '../ledger/index.js';
import { currencyScale, type Actor, type TenantTx } from '../../platform/index.js';
import { todayUtc } from './refs.js';

const Exact = Prisma.Decimal.clone({ precision: 80 });

export interface CreditCheck {
  /** Open receivables plus this order, in the customer's currency. */
  exposure: Prisma.Decimal;
  /** False when the customer has no limit (null). */
  exceeded: boolean;
}

/**
 * Open items (posted invoices less allocations, credit notes and unallocated payments; the ledger's
 * openItems as of today) plus the order total, in the customer's currency. Items and orders in the
 * customer's currency count at face value; anything in another currency counts at its base-currency
 * value (the item's booked openBase, the order total at the rate of the order date) converted into the
 * customer's currency at today's rate. Rounded half-up to the customer's currency.
 */
export async function checkCredit(
  tx: TenantTx,
  actor: Actor,
  customer: Customer,
  order: SalesOrder,
): Promise<CreditCheck> {
  const currency = customer.currency.trim();
  const today = todayUtc();
  let rate: Prisma.Decimal | undefined;
  const inCustomerCurrency = async (base: Prisma.Decimal) => {
    rate ??= await rateFor(tx, currency, today, 'customerId');
    return new Exact(base.toFixed()).dividedBy(rate.toFixed());
  };
  let exposure = new Exact(0);
  for (const item of await openItems(tx, actor, { side: 'CUSTOMER', partnerId: customer.id })) {
    exposure = exposure.plus(
      item.currency === currency
        ? new Exact(item.openAmount)
        : await inCustomerCurrency(new Prisma.Decimal(item.openBase)),
    );
  }
  const orderCurrency = order.currency.trim();
  if (orderCurrency === currency) {
    exposure = exposure.plus(order.total.toFixed());
  } else {
    const orderRate = await rateFor(tx, orderCurrency, order.orderDate, 'currency');
    exposure = exposure.plus(await inCustomerCurrency(order.total.times(orderRate)));
  }
  const rounded = new Prisma.Decimal(exposure.toFixed(currencyScale(currency), Exact.ROUND_HALF_UP));
  return { exposure: rounded, exceeded: customer.creditLimit !== null && rounded.greaterThan(customer.creditLimit) };
}
