// The order status and invoice status rules, line by line.
import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import { derivedOrderStatus } from '../../src/domain/sales/sales-order-billing-state.js';
import { invoiceStatusOf, invoiceableQuantity } from '../../src/domain/sales/index.js';

const d = (value: string) => new Prisma.Decimal(value);
const line = (quantity: string, shipped: string, invoiced: string, stocked = true) => ({
  quantity: d(quantity),
  quantityShipped: d(shipped),
  quantityInvoiced: d(invoiced),
  stocked,
});

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
    expect(invoiceStatusOf('CONFIRMED', [line('10', '0', '10'), line('1', '0', '1', false)], 'ORDERED')).toBe('INVOICED');
  });
});

describe('order status', () => {
  it('follows shipping until shipped and invoiced in full, then the invoices\' payment', () => {
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
