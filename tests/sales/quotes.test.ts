// Quote life cycle: DRAFT -> SENT -> ACCEPTED / CANCELLED, and EXPIRED derived from valid-until.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import {
  QUOTE,
  createQuote,
  customer,
  isoDay,
  mutate,
  product,
  rowId,
  salesOrg,
  taxRate,
  transition,
  type SalesOrg,
} from './helpers.js';

let t: TestApp;
let s: SalesOrg;
let acme: string;
let widget: string;

const QUOTES = `query Q($where: QuoteWhere, $orderBy: [QuoteOrderBy!]) {
  quotes(where: $where, orderBy: $orderBy) { totalCount nodes { number status } } }`;

async function draft(input: Record<string, unknown> = {}) {
  const result = await createQuote(t, s.sales, {
    customerId: acme,
    lines: [{ productId: widget, quantity: '2' }],
    ...input,
  });
  expect(result.errors).toEqual([]);
  return result.quote;
}

/** Moves a sent quote's validity into the past, as the passing of time would. */
async function ageQuote(globalId: string, validUntil: string) {
  await t.db.prisma.quote.update({
    where: { id: rowId(globalId) },
    data: { quoteDate: new Date(`${validUntil}T00:00:00Z`), validUntil: new Date(`${validUntil}T00:00:00Z`) },
  });
}

beforeAll(async () => {
  t = await createTestApp();
  s = await salesOrg(t, 'Quotes Org');
  await taxRate(t, s.key, { code: 'STD', name: 'VAT 19%', rate: '19', isDefault: true });
  widget = await product(t, s.key, { sku: 'W-1', name: 'Widget', listPrice: '10.00' });
  acme = await customer(t, s.key, { name: 'Acme', currency: 'EUR' });
});

describe('quote life cycle', () => {
  it('numbers quotes gaplessly and walks DRAFT -> SENT -> ACCEPTED', async () => {
    const first = await draft();
    const second = await draft();
    expect(Number(second.number.slice(4))).toBe(Number(first.number.slice(4)) + 1);
    // 2 x 10.00 = 20.00; 19% = 3.80; 23.80
    expect([first.subtotal.amount, first.taxTotal.amount, first.total.amount, first.lines[0].description]).toEqual([
      '20.00',
      '3.80',
      '23.80',
      'Widget',
    ]);
    const sent = await transition(t, s.sales, 'quoteSend', { id: first.id, expectedVersion: 1 });
    expect(sent.errors).toEqual([]);
    expect(sent.quote).toMatchObject({ status: 'SENT', version: 2 });
    const accepted = await transition(t, s.sales, 'quoteAccept', { id: first.id });
    expect(accepted.quote).toMatchObject({ status: 'ACCEPTED', version: 3 });
    for (const name of ['quoteSend', 'quoteAccept', 'quoteCancel'] as const) {
      const again = await transition(t, s.sales, name, { id: first.id });
      expect(again.errors[0]?.code).toBe(
        { quoteSend: 'NOT_DRAFT', quoteAccept: 'NOT_SENT', quoteCancel: 'NOT_CANCELLABLE' }[name],
      );
    }
  });

  it("replaces a draft's lines on update, re-priced, and only while it is a draft", async () => {
    const quote = await draft({ notes: 'First offer' });
    const update = (input: object) =>
      mutate<{ quote: any }>(t, s.sales, 'quoteUpdate', 'QuoteUpdateInput', `quote { ${QUOTE} }`, {
        id: quote.id,
        ...input,
      });
    const updated = await update({
      expectedVersion: 1,
      lines: [
        { productId: widget, quantity: '5', discountPercent: '20' },
        { productId: widget, quantity: '1', unitPrice: '3.333' },
      ],
    });
    expect(updated.errors).toEqual([]);
    // 5 x 10.00 = 50.00, 20% = 10.00, net 40.00, tax 7.60; 1 x 3.333 = 3.33 (3.333 -> 3.33), tax 0.6327 -> 0.63
    expect(updated.quote.lines.map((l: any) => [l.lineNo, l.subtotal, l.tax, l.priceOverridden])).toEqual([
      [1, '40', '7.6', false],
      [2, '3.33', '0.63', true],
    ]);
    expect([
      updated.quote.subtotal.amount,
      updated.quote.discountTotal.amount,
      updated.quote.taxTotal.amount,
      updated.quote.total.amount,
    ]).toEqual(['43.33', '10.00', '8.23', '51.56']);
    expect(updated.quote).toMatchObject({ notes: 'First offer', version: 2, validUntil: quote.validUntil });
    const stale = await update({ expectedVersion: 1, lines: [{ productId: widget, quantity: '1' }] });
    expect(stale.errors).toEqual([
      expect.objectContaining({ code: 'STALE_VERSION', field: ['input', 'expectedVersion'] }),
    ]);
    await transition(t, s.sales, 'quoteSend', { id: quote.id });
    const late = await update({ lines: [{ productId: widget, quantity: '1' }] });
    expect(late.errors[0]).toMatchObject({ code: 'NOT_DRAFT' });
  });

  it('cancels drafts and sent quotes', async () => {
    const a = await draft();
    expect((await transition(t, s.sales, 'quoteCancel', { id: a.id })).quote.status).toBe('CANCELLED');
    const b = await draft();
    await transition(t, s.sales, 'quoteSend', { id: b.id });
    expect((await transition(t, s.sales, 'quoteCancel', { id: b.id })).quote.status).toBe('CANCELLED');
  });
});

describe('expiry', () => {
  it('reads, filters and refuses a sent quote past its valid-until date as EXPIRED', async () => {
    const fresh = await draft({ quoteDate: isoDay(-2), validUntil: isoDay(0) });
    await transition(t, s.sales, 'quoteSend', { id: fresh.id });
    const old = await draft();
    await transition(t, s.sales, 'quoteSend', { id: old.id });
    await ageQuote(old.id, isoDay(-1));
    const oldDraft = await draft();
    await ageQuote(oldDraft.id, isoDay(-1));

    const read = await t.gql(
      s.sales,
      `query($a: ID!, $b: ID!, $c: ID!) { a: quote(id: $a) { status } b: quote(id: $b) { status } c: quote(id: $c) { status } }`,
      {
        a: fresh.id,
        b: old.id,
        c: oldDraft.id,
      },
    );
    // Valid through its valid-until day; expired from the day after; a draft never expires by itself.
    expect(read.data).toEqual({ a: { status: 'SENT' }, b: { status: 'EXPIRED' }, c: { status: 'DRAFT' } });

    const expired = await t.gql(s.sales, QUOTES, { where: { status: { equals: 'EXPIRED' } } });
    expect(expired.data.quotes.nodes.map((q: any) => q.number)).toEqual([old.number]);
    expect(expired.data.quotes.totalCount).toBe(1);
    const sent = await t.gql(s.sales, QUOTES, { where: { status: { in: ['SENT'] } } });
    expect(sent.data.quotes.nodes.map((q: any) => q.number)).toContain(fresh.number);
    expect(sent.data.quotes.nodes.map((q: any) => q.number)).not.toContain(old.number);
    expect(sent.data.quotes.nodes.every((q: any) => q.status === 'SENT')).toBe(true);

    const accept = await transition(t, s.sales, 'quoteAccept', { id: old.id });
    expect(accept.errors).toEqual([expect.objectContaining({ code: 'QUOTE_EXPIRED', field: ['input', 'id'] })]);
    expect((await transition(t, s.sales, 'quoteCancel', { id: old.id })).errors[0]?.code).toBe('NOT_CANCELLABLE');
    expect((await transition(t, s.sales, 'quoteSend', { id: oldDraft.id })).errors[0]?.code).toBe('QUOTE_EXPIRED');
    expect((await transition(t, s.sales, 'quoteAccept', { id: fresh.id })).quote.status).toBe('ACCEPTED');
  });
});

describe('validation', () => {
  it('reports every line problem with its field path', async () => {
    const result = await createQuote(t, s.sales, {
      customerId: acme,
      quoteDate: '2026-05-10',
      validUntil: '2026-05-01',
      lines: [
        { productId: widget, quantity: '1' },
        { productId: widget, quantity: '0' },
        { productId: widget, quantity: '1', discountPercent: '101', unitPrice: '-1' },
        { productId: widget, quantity: '1.00001' },
      ],
    });
    expect(result.errors.map((e: any) => [e.code, e.field.join('.')])).toEqual([
      ['INVALID_DATE', 'input.validUntil'],
      ['INVALID_AMOUNT', 'input.lines.1.quantity'],
      ['INVALID_AMOUNT', 'input.lines.2.unitPrice'],
      ['OUT_OF_RANGE', 'input.lines.2.discountPercent'],
      ['INVALID_SCALE', 'input.lines.3.quantity'],
    ]);
    expect((await createQuote(t, s.sales, { customerId: acme, lines: [] })).errors[0]).toMatchObject({
      code: 'EMPTY_QUOTE',
    });
    const bad = await createQuote(t, s.sales, { customerId: acme, lines: [{ productId: acme, quantity: '1' }] });
    expect(bad.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'lines', '0', 'productId'] });
  });

  it('refuses archived customers and deactivated products', async () => {
    const gone = await customer(t, s.key, { name: 'Gone' });
    await mutate(t, s.key, 'customerArchive', 'CustomerStateInput', 'customer { id }', { id: gone });
    expect(
      (await createQuote(t, s.sales, { customerId: gone, lines: [{ productId: widget, quantity: '1' }] })).errors[0],
    ).toMatchObject({
      code: 'CUSTOMER_INACTIVE',
      field: ['input', 'customerId'],
    });
    const old = await product(t, s.key, { sku: 'OLD-1', listPrice: '1' });
    await mutate(t, s.key, 'productDeactivate', 'ProductStateInput', 'product { id }', { id: old });
    expect(
      (await createQuote(t, s.sales, { customerId: acme, lines: [{ productId: old, quantity: '1' }] })).errors[0],
    ).toMatchObject({
      code: 'PRODUCT_INACTIVE',
      field: ['input', 'lines', '0', 'productId'],
    });
  });
});

describe('idempotency', () => {
  it('creates one quote per key and refuses the key with another input', async () => {
    const input = {
      customerId: acme,
      idempotencyKey: `quote-${Date.now()}`,
      lines: [{ productId: widget, quantity: '1' }],
    };
    const first = await createQuote(t, s.sales, input);
    const again = await createQuote(t, s.sales, input);
    expect(again.quote.id).toBe(first.quote.id);
    expect(again.quote.number).toBe(first.quote.number);
    const other = await createQuote(t, s.sales, { ...input, lines: [{ productId: widget, quantity: '2' }] });
    expect(other.errors[0]).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT' });
    const count = await t.gql(s.sales, QUOTES, { where: { customerId: acme, number: first.quote.number } });
    expect(count.data.quotes.totalCount).toBe(1);
  });
});
