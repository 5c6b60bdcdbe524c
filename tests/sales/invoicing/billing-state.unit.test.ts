// The order status and invoice status rules, line by line.
import { describe, expect, it } from 'vitest';
import { Prisma } from '../../../src/generated/prisma/client.js';
import { derivedOrderStatus, nextOrderStatus } from '../../../src/domain/sales/sales-order-billing-state.js';
import { billingPolicy, invoiceStatusOf, invoiceableQuantity } from '../../../src/domain/sales/index.js';

const d = (value: string) => new Prisma.Decimal(value);
const line = (quantity: string, shipped: string, invoiced: string, stocked = true, returned = '0', credited = '0') => ({
  quantity: d(quantity),
  quantityShipped: d(shipped),
  quantityInvoiced: d(invoiced),
  quantityReturned: d(returned),
  quantityCredited: d(credited),
  stocked,
});
/** A stocked line with returns: returned units, and how many of the invoiced ones their credit notes credited. */
const back = (quantity: string, shipped: string, invoiced: string, returned: string, credited: string) =>
  line(quantity, shipped, invoiced, true, returned, credited);

describe('invoiceable quantity', () => {
  it('is ordered or shipped less invoiced, services as ordered, never negative', () => {
    expect(invoiceableQuantity(line('10', '4', '1'), 'ORDERED').toFixed()).toBe('9');
    expect(invoiceableQuantity(line('10', '4', '1'), 'DELIVERED').toFixed()).toBe('3');
    expect(invoiceableQuantity(line('2', '0', '0', false), 'DELIVERED').toFixed()).toBe('2');
    // Invoiced ahead of shipping under ORDERED, then switched to DELIVERED: nothing, not -6.
    expect(invoiceableQuantity(line('10', '4', '10'), 'DELIVERED').toFixed()).toBe('0');
  });
});

describe('invoice status', () => {
  it('tells what can be invoiced now from what is invoiced', () => {
    expect(invoiceStatusOf('CONFIRMED', [line('10', '0', '0')], 'DELIVERED')).toBe('NOTHING_TO_INVOICE');
    expect(invoiceStatusOf('CONFIRMED', [line('10', '0', '0')], 'ORDERED')).toBe('TO_INVOICE');
    expect(invoiceStatusOf('DRAFT', [line('10', '0', '0')], 'ORDERED')).toBe('NOTHING_TO_INVOICE');
    expect(invoiceStatusOf('PARTIALLY_SHIPPED', [line('10', '4', '4')], 'DELIVERED')).toBe('PARTIALLY_INVOICED');
    expect(invoiceStatusOf('PARTIALLY_SHIPPED', [line('10', '5', '4')], 'DELIVERED')).toBe('TO_INVOICE');
    expect(invoiceStatusOf('CONFIRMED', [line('10', '0', '10'), line('1', '0', '1', false)], 'ORDERED')).toBe(
      'INVOICED',
    );
  });
});

describe('order status', () => {
  it("follows shipping until shipped and invoiced in full, then the invoices' payment", () => {
    expect(derivedOrderStatus([line('10', '0', '10')], [true])).toBe('CONFIRMED');
    expect(derivedOrderStatus([line('10', '3', '0')], [])).toBe('PARTIALLY_SHIPPED');
    expect(derivedOrderStatus([line('10', '10', '9')], [true])).toBe('SHIPPED');
    expect(derivedOrderStatus([line('10', '10', '10'), line('1', '0', '1', false)], [true, false])).toBe('INVOICED');
    expect(derivedOrderStatus([line('10', '10', '10')], [true, true])).toBe('PAID');
    // Services only: CONFIRMED until invoiced in full.
    expect(derivedOrderStatus([line('1', '0', '0', false)], [])).toBe('CONFIRMED');
    expect(derivedOrderStatus([line('1', '0', '1', false)], [false])).toBe('INVOICED');
  });
});

describe('with returns', () => {
  it('never invoices a returned unit, invoiced before or not', () => {
    // ORDERED, 10 shipped, nothing invoiced, 2 back: 8 to invoice.
    expect(invoiceableQuantity(back('10', '10', '0', '2', '0'), 'ORDERED').toFixed()).toBe('8');
    // DELIVERED, 5 shipped, nothing invoiced, 2 back: 3.
    expect(invoiceableQuantity(back('10', '5', '0', '2', '0'), 'DELIVERED').toFixed()).toBe('3');
    // Invoiced 10, 2 back and credited: net 8 invoiced, nothing more under either policy.
    expect(invoiceableQuantity(back('10', '10', '10', '2', '2'), 'ORDERED').toFixed()).toBe('0');
    expect(invoiceableQuantity(back('10', '10', '10', '2', '2'), 'DELIVERED').toFixed()).toBe('0');
    // Invoiced 6 of 10, 2 back (nothing to credit): 2 more under ORDERED, 2 under DELIVERED.
    expect(invoiceableQuantity(back('10', '10', '6', '2', '0'), 'ORDERED').toFixed()).toBe('2');
    expect(invoiceableQuantity(back('10', '10', '6', '2', '0'), 'DELIVERED').toFixed()).toBe('2');
    // Its credit note voided: the credited units count as invoiced again, so nothing is invoiceable.
    expect(invoiceableQuantity(back('10', '10', '10', '2', '0'), 'ORDERED').toFixed()).toBe('0');
  });

  it('counts an order invoiced in full when what the customer keeps is invoiced', () => {
    expect(invoiceStatusOf('PAID', [back('10', '10', '10', '2', '2')], 'ORDERED')).toBe('INVOICED');
    expect(invoiceStatusOf('SHIPPED', [back('10', '10', '6', '2', '0')], 'ORDERED')).toBe('TO_INVOICE');
    expect(invoiceStatusOf('SHIPPED', [back('10', '10', '8', '2', '0')], 'DELIVERED')).toBe('INVOICED');
    // Everything shipped came back before anything was invoiced (DELIVERED, 4 of 10 shipped): nothing to invoice now.
    expect(invoiceStatusOf('PARTIALLY_SHIPPED', [back('10', '4', '0', '4', '0')], 'DELIVERED')).toBe(
      'NOTHING_TO_INVOICE',
    );
    // Invoiced 4, all 4 back and credited: nothing stays invoiced.
    expect(invoiceStatusOf('PARTIALLY_SHIPPED', [back('10', '4', '4', '4', '4')], 'DELIVERED')).toBe(
      'NOTHING_TO_INVOICE',
    );
    // Everything ordered shipped and came back before it was invoiced: nothing to invoice, not INVOICED.
    expect(invoiceStatusOf('SHIPPED', [back('4', '4', '0', '4', '0')], 'ORDERED')).toBe('NOTHING_TO_INVOICE');
    expect(derivedOrderStatus([back('4', '4', '0', '4', '0')], [])).toBe('SHIPPED');
  });

  it('keeps an order shipped after a return, invoiced and paid when what is kept is invoiced', () => {
    expect(derivedOrderStatus([back('10', '10', '10', '2', '2')], [true])).toBe('PAID');
    expect(derivedOrderStatus([back('10', '10', '10', '2', '2')], [false])).toBe('INVOICED');
    expect(derivedOrderStatus([back('10', '10', '6', '2', '0')], [true])).toBe('SHIPPED');
    expect(derivedOrderStatus([back('10', '10', '8', '2', '0')], [false])).toBe('INVOICED');
    // A partly shipped order stays partly shipped: what came back is not shipped again by the return.
    expect(derivedOrderStatus([back('10', '4', '4', '1', '1')], [true])).toBe('PARTIALLY_SHIPPED');
  });
});

describe('closed orders', () => {
  it('bill what shipped less returned whatever the policy, services as ordered', () => {
    expect(billingPolicy('CLOSED', 'ORDERED')).toBe('DELIVERED');
    expect(billingPolicy('CLOSED', 'DELIVERED')).toBe('DELIVERED');
    expect(billingPolicy('PARTIALLY_SHIPPED', 'ORDERED')).toBe('ORDERED');
    // ORDERED, 4 of 10 shipped, nothing invoiced: 10 while open, 4 once closed.
    expect(invoiceableQuantity(line('10', '4', '0'), billingPolicy('PARTIALLY_SHIPPED', 'ORDERED')).toFixed()).toBe(
      '10',
    );
    expect(invoiceableQuantity(line('10', '4', '0'), billingPolicy('CLOSED', 'ORDERED')).toFixed()).toBe('4');
    // 1 of the 4 came back: 3.
    expect(invoiceableQuantity(back('10', '4', '0', '1', '0'), billingPolicy('CLOSED', 'ORDERED')).toFixed()).toBe('3');
    // A service line that never ships is still invoiced as ordered.
    expect(invoiceableQuantity(line('2', '0', '0', false), billingPolicy('CLOSED', 'ORDERED')).toFixed()).toBe('2');
    // Invoiced ahead of shipping (ORDERED), then closed short: nothing more, not a negative quantity.
    expect(invoiceableQuantity(line('10', '4', '10'), billingPolicy('CLOSED', 'ORDERED')).toFixed()).toBe('0');
  });

  it('count as invoiced in full once what they delivered is invoiced', () => {
    // 4 of 10 shipped, 4 invoiced: INVOICED once closed, PARTIALLY_INVOICED (DELIVERED) or TO_INVOICE (ORDERED) while open.
    expect(invoiceStatusOf('CLOSED', [line('10', '4', '4')], 'ORDERED')).toBe('INVOICED');
    expect(invoiceStatusOf('PARTIALLY_SHIPPED', [line('10', '4', '4')], 'DELIVERED')).toBe('PARTIALLY_INVOICED');
    expect(invoiceStatusOf('PARTIALLY_SHIPPED', [line('10', '4', '4')], 'ORDERED')).toBe('TO_INVOICE');
    // Shipped but not invoiced yet: still to invoice after closing.
    expect(invoiceStatusOf('CLOSED', [line('10', '4', '0')], 'ORDERED')).toBe('TO_INVOICE');
    expect(invoiceStatusOf('CLOSED', [line('10', '4', '2')], 'DELIVERED')).toBe('TO_INVOICE');
    // Closed before anything shipped or was invoiced: nothing to invoice; a service line still is.
    expect(invoiceStatusOf('CLOSED', [line('10', '0', '0')], 'ORDERED')).toBe('NOTHING_TO_INVOICE');
    expect(invoiceStatusOf('CLOSED', [line('10', '0', '0'), line('1', '0', '0', false)], 'ORDERED')).toBe('TO_INVOICE');
    expect(invoiceStatusOf('CLOSED', [line('10', '0', '0'), line('1', '0', '1', false)], 'ORDERED')).toBe('INVOICED');
    // Returns: 4 shipped, 1 back; 3 invoiced is all of it, and so is 4 invoiced with 1 credited.
    expect(invoiceStatusOf('CLOSED', [back('10', '4', '3', '1', '0')], 'ORDERED')).toBe('INVOICED');
    expect(invoiceStatusOf('CLOSED', [back('10', '4', '4', '1', '1')], 'ORDERED')).toBe('INVOICED');
    expect(invoiceStatusOf('CLOSED', [back('10', '4', '2', '1', '0')], 'ORDERED')).toBe('TO_INVOICE');
  });

  it('stay CLOSED whatever their lines and invoices say, as do cancelled ones', () => {
    const done = [line('10', '10', '10')];
    expect(nextOrderStatus('CLOSED', done, [true])).toBe('CLOSED');
    expect(nextOrderStatus('CLOSED', [line('10', '4', '0')], [])).toBe('CLOSED');
    expect(nextOrderStatus('CANCELLED', done, [true])).toBe('CANCELLED');
    expect(nextOrderStatus('SHIPPED', done, [true])).toBe('PAID');
    expect(nextOrderStatus('PAID', done, [false])).toBe('INVOICED');
  });
});
