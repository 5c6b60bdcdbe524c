import { randomUUID } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client.js';
import type { PurchaseOrder, PurchaseOrderLine } from '../../generated/prisma/client.js';
import * as ledger from '../ledger/index.js';
import * as inventory from '../inventory/index.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkDate,
  checkLength,
  checkRequired,
  cleanText,
  currencyScale,
  fieldError,
  lockRows,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { parseDecimal } from '../../platform/index.js';
import { billedBase, clearingValue } from './grni-math.js';
import { lockOrder } from './purchase-orders.js';

export interface SupplierBillFromPurchaseOrderInput {
  purchaseOrderId: string;
  /** What to bill per order line; every line's received-but-not-billed quantity when left out. */
  lines?: { lineNo: number; quantity: string | Prisma.Decimal }[] | null;
  /** 'YYYY-MM-DD'; today (UTC) when left out. Decides the exchange rate of the bill's posting. */
  billDate?: string | null;
  /** 'YYYY-MM-DD'; the bill date plus the supplier's payment terms when left out. */
  dueDate?: string | null;
  /** The supplier's invoice number. */
  supplierReference: string;
}

export interface SupplierBillFromPurchaseOrderRef {
  invoiceId: string;
  purchaseOrderId: string;
}

type OrderLine = PurchaseOrderLine & { product: { type: string } };

const BILLABLE = new Set(['SENT', 'PARTIALLY_RECEIVED', 'RECEIVED', 'BILLED']);

function describe(status: string): string {
  return status.toLowerCase().replace(/_/g, ' ');
}

/** Which lines to bill and how much of each: the given ones, checked against what is open, or everything open. */
function selectQuantities(
  problems: Problems,
  order: PurchaseOrder,
  lines: OrderLine[],
  input: SupplierBillFromPurchaseOrderInput,
) {
  const open = (line: OrderLine) => line.quantityReceived.minus(line.quantityBilled);
  if (input.lines === undefined || input.lines === null) {
    const all = lines.filter((line) => open(line).greaterThan(0)).map((line) => ({ line, quantity: open(line) }));
    if (all.length === 0)
      problems.add(
        'NOTHING_TO_BILL',
        `${order.number} has no received quantity that is not billed yet`,
        'purchaseOrderId',
      );
    return all;
  }
  if (!Array.isArray(input.lines) || input.lines.length === 0)
    problems.add('REQUIRED', 'Give at least one line to bill, or leave lines out to bill everything received', 'lines');
  const byNo = new Map(lines.map((line) => [line.lineNo, line]));
  const seen = new Set<number>();
  const selected: { line: OrderLine; quantity: Prisma.Decimal }[] = [];
  for (const [index, entry] of (input.lines ?? []).entries()) {
    const at = `lines.${index}`;
    const line = byNo.get(entry.lineNo);
    if (!line) problems.add('NOT_FOUND', `${order.number} has no line ${entry.lineNo}`, `${at}.lineNo`);
    else if (seen.has(entry.lineNo))
      problems.add('INVALID_INPUT', `Line ${entry.lineNo} appears twice`, `${at}.lineNo`);
    seen.add(entry.lineNo);
    const quantity = parseDecimal(problems, `${at}.quantity`, entry.quantity, {
      scale: 4,
      required: true,
      positive: true,
    });
    if (line && quantity) {
      if (quantity.greaterThan(open(line))) {
        problems.add(
          'OVER_BILLING',
          `Line ${line.lineNo}: ${line.quantityReceived.toFixed()} received and ${line.quantityBilled.toFixed()} billed; ${quantity.toFixed()} is more than the ${open(line).toFixed()} left to bill`,
          `${at}.quantity`,
        );
      } else selected.push({ line, quantity });
    }
  }
  return selected;
}

/** Per order line number, the value its receipt moves credited to goods received not invoiced, as inventory posted it. */
async function receivedValues(tx: TenantTx, orderId: string): Promise<Map<number, Prisma.Decimal>> {
  const byLine = await inventory.moveValuesByLine(tx, { type: 'PurchaseOrder', id: orderId }, 'RECEIPT');
  return new Map([...byLine].map(([line, value]) => [Number(line), value]));
}

/**
 * The ledger reports problems with the bill's own field names (issueDate, reference, lines.N of the
 * bill); this points them at the fields of this command's input instead.
 */
async function inOrderTerms<T>(selectedIndex: (billLine: number) => number | null, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const renamed: Record<string, string> = {
      issueDate: 'billDate',
      date: 'billDate',
      reference: 'supplierReference',
      supplierId: 'purchaseOrderId',
    };
    throw new DomainError(
      error.errors.map((problem) => {
        const [root, name, index, ...rest] = problem.field ?? [];
        if (root !== 'input' || name === undefined) return problem;
        if (name === 'lines' && index !== undefined && /^\d+$/.test(index)) {
          const at = selectedIndex(Number(index));
          return {
            ...problem,
            field: at === null ? ['input', 'purchaseOrderId'] : ['input', 'lines', String(at), ...rest],
          };
        }
        if (renamed[name]) return { ...problem, field: ['input', renamed[name]] };
        return name === 'dueDate' ? problem : { ...problem, field: null };
      }),
    );
  }
}

/** BILLED once every line is fully received and everything received is billed; otherwise the receipt state. */
export function orderStatusFromLines(
  lines: { quantity: Prisma.Decimal; quantityReceived: Prisma.Decimal; quantityBilled: Prisma.Decimal }[],
) {
  const received = lines.every((line) => line.quantityReceived.greaterThanOrEqualTo(line.quantity));
  if (received && lines.every((line) => line.quantityBilled.greaterThanOrEqualTo(line.quantityReceived)))
    return 'BILLED' as const;
  if (received) return 'RECEIVED' as const;
  return lines.some((line) => line.quantityReceived.greaterThan(0))
    ? ('PARTIALLY_RECEIVED' as const)
    : ('SENT' as const);
}

/**
 * Bills what was received of a purchase order: a supplier bill, created and posted at once, whose
 * stocked and consumable lines debit goods received not invoiced (GRNI) and whose service lines debit
 * the usual expense account. Each goods line clears its share of the value the receipts credited to
 * GRNI; the difference between the bill lines' base amounts (at the bill date's rate) and what they
 * cleared is posted once per bill between GRNI and exchange differences (foreign currency) or
 * rounding (base currency). Order row first, then its lines, are locked, so racing bills for the same
 * received quantity cannot both take it.
 */
export async function supplierBillFromPurchaseOrder(
  tx: TenantTx,
  actor: Actor,
  input: SupplierBillFromPurchaseOrderInput,
): Promise<SupplierBillFromPurchaseOrderRef> {
  const order = await lockOrder(tx, actor, input.purchaseOrderId, 'purchaseOrderId');
  if (!BILLABLE.has(order.status)) {
    throw new DomainError(
      fieldError(
        'NOT_BILLABLE',
        `${order.number} is ${describe(order.status)}; it cannot be billed`,
        'purchaseOrderId',
      ),
    );
  }
  const lineIds = (await tx.purchaseOrderLine.findMany({ where: { orderId: order.id }, select: { id: true } })).map(
    (line) => line.id,
  );
  await lockRows(tx, actor.organizationId, 'PurchaseOrderLine', lineIds);
  const lines = await inventory.withProducts(
    tx,
    await tx.purchaseOrderLine.findMany({ where: { orderId: order.id }, orderBy: { lineNo: 'asc' } }),
  );

  const problems = new Problems();
  const reference = cleanText(input.supplierReference);
  checkRequired(problems, 'supplierReference', reference);
  checkLength(problems, 'supplierReference', reference, 100);
  const billDate = input.billDate ?? new Date().toISOString().slice(0, 10);
  checkDate(problems, 'billDate', billDate);
  if (input.dueDate) checkDate(problems, 'dueDate', input.dueDate);
  const selected = selectQuantities(problems, order, lines, input).sort((a, b) => a.line.lineNo - b.line.lineNo);
  problems.throwIfAny();
  // Bill line i bills selected[i]; when lines were given, errors about it name the input line that asked for it.
  const inputIndex = (billLine: number) => {
    const lineNo = selected[billLine]?.line.lineNo;
    const found = input.lines ? input.lines.findIndex((entry) => entry.lineNo === lineNo) : -1;
    return found >= 0 ? found : null;
  };

  const organization = await tx.organization.findFirstOrThrow({ select: { baseCurrency: true } });
  const base = organization.baseCurrency.trim();
  const baseScale = currencyScale(base);
  const currency = order.currency.trim();
  const rate = await ledger.rateFor(tx, currency, billDate, 'billDate');
  const noLine = () => null;
  const grni = await inOrderTerms(noLine, () => ledger.accountForRole(tx, 'GOODS_RECEIVED_NOT_INVOICED'));
  const received = await receivedValues(tx, order.id);
  const isGoods = (line: OrderLine) => line.product.type !== 'SERVICE';

  const { invoiceId } = await inOrderTerms(inputIndex, () =>
    ledger.createInvoice(tx, actor, 'SUPPLIER_BILL', {
      supplierId: order.supplierId,
      currency,
      issueDate: billDate,
      dueDate: input.dueDate,
      reference,
      memo: `Bill for ${order.number}`,
      lines: selected.map(({ line, quantity }) => ({
        description: line.description,
        productId: line.productId,
        accountId: isGoods(line) ? grni.id : null,
        quantity,
        unitPrice: line.unitPrice,
        taxRate: line.taxRate,
        purchaseOrderLineId: line.id,
      })),
    }),
  );
  const { lines: billLines } = await inOrderTerms(noLine, () =>
    ledger.postInvoice(tx, actor, ['SUPPLIER_BILL'], { id: invoiceId }),
  );

  const billId = randomUUID();
  const matches = selected.map(({ line, quantity }, index) => {
    const valueBilledBase = billedBase(billLines[index].subtotal, rate, baseScale);
    const receivedValueBase = received.get(line.lineNo) ?? new Prisma.Decimal(0);
    const valueClearedBase = isGoods(line)
      ? clearingValue(
          {
            receivedValue: receivedValueBase,
            clearedValue: line.valueClearedBase,
            quantityReceived: line.quantityReceived,
            quantityBilled: line.quantityBilled,
          },
          quantity,
          baseScale,
        )
      : new Prisma.Decimal(0);
    return { line, quantity, invoiceLineId: billLines[index].id, valueBilledBase, valueClearedBase, receivedValueBase };
  });
  const difference = matches
    .filter(({ line }) => isGoods(line))
    .reduce((sum, match) => sum.plus(match.valueBilledBase).minus(match.valueClearedBase), new Prisma.Decimal(0));

  let differenceEntryId: string | null = null;
  if (!difference.isZero()) {
    const other = await inOrderTerms(noLine, () =>
      ledger.accountForRole(tx, currency === base ? 'ROUNDING' : 'EXCHANGE_DIFFERENCE'),
    );
    const amount = difference.abs();
    // Positive: the bill debited GRNI for more than the receipts credited it, so the excess comes off GRNI as a loss.
    const [grniSide, otherSide] = difference.isPositive()
      ? (['credit', 'debit'] as const)
      : (['debit', 'credit'] as const);
    const what = currency === base ? 'Rounding' : 'Exchange difference';
    const posted = await inOrderTerms(noLine, () =>
      ledger.postFromSource(tx, actor, {
        source: { type: 'Invoice', id: invoiceId, purpose: 'grni-difference' },
        journalType: 'GENERAL',
        date: billDate,
        reference,
        memo: `${what} between ${order.number}'s receipts and its bill`,
        lines: [
          { accountId: grni.id, [grniSide]: amount, description: `Goods received not invoiced, ${order.number}` },
          { accountId: other.id, [otherSide]: amount, description: `${what}, ${order.number}` },
        ],
      }),
    );
    differenceEntryId = posted.entryId;
  }

  await tx.purchaseOrderBill.create({
    data: {
      id: billId,
      organizationId: actor.organizationId,
      orderId: order.id,
      invoiceId,
      differenceBase: difference,
      differenceEntryId,
    },
  });
  await tx.purchaseOrderBillLine.createMany({
    data: matches.map((match) => ({
      id: randomUUID(),
      organizationId: actor.organizationId,
      billId,
      orderLineId: match.line.id,
      invoiceLineId: match.invoiceLineId,
      quantity: match.quantity,
      valueBilledBase: match.valueBilledBase,
      valueClearedBase: match.valueClearedBase,
      receivedValueBase: match.receivedValueBase,
    })),
  });
  for (const match of matches) {
    await tx.purchaseOrderLine.update({
      where: { id: match.line.id },
      data: { quantityBilled: { increment: match.quantity }, valueClearedBase: { increment: match.valueClearedBase } },
    });
  }
  const byId = new Map(matches.map((match) => [match.line.id, match.quantity]));
  const status = orderStatusFromLines(
    lines.map((line) => ({ ...line, quantityBilled: line.quantityBilled.plus(byId.get(line.id) ?? 0) })),
  );
  await tx.purchaseOrder.update({ where: { id: order.id }, data: { status, version: { increment: 1 } } });
  const payload = {
    number: order.number,
    invoiceId,
    status,
    billDate,
    differenceBase: difference.toFixed(),
    lines: matches.map((match) => ({
      lineNo: match.line.lineNo,
      quantity: match.quantity.toFixed(),
      valueBilledBase: match.valueBilledBase.toFixed(),
      valueClearedBase: match.valueClearedBase.toFixed(),
      receivedValueBase: match.receivedValueBase.toFixed(),
    })),
  };
  await recordAudit(tx, actor, {
    action: 'supplierBillFromPurchaseOrder',
    entityType: 'PurchaseOrder',
    entityId: order.id,
    before: { status: order.status },
    after: payload,
  });
  await appendEvent(tx, actor, {
    type: 'purchaseOrder.billed',
    aggregateType: 'PurchaseOrder',
    aggregateId: order.id,
    payload,
  });
  return { invoiceId, purchaseOrderId: order.id };
}
