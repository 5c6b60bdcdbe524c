import { Prisma } from '../../../generated/prisma/client.js';
import type { Invoice, InvoiceLine } from '../../../generated/prisma/client.js';
import type { Actor, TenantTx } from '../../../platform/index.js';
import type { EntryLineInput } from '../entry-lines.js';
import { accountForRole } from '../posting-rules.js';
import { baseCurrencyOf } from '../settings.js';
import { postFromSource } from '../source-posting.js';
import { fromDbDate } from '../dates.js';
import { SIDE, sideOfKind } from './partners.js';

/**
 * +1 when the partner's account is debited: a customer invoice (Dr receivable, Cr revenue and tax)
 * and a supplier credit note (Dr payable, Cr expense and tax); -1 for a supplier bill and a customer
 * credit note, which mirror them.
 */
function partnerSign(invoice: Invoice): 1 | -1 {
  return invoice.kind === 'CUSTOMER_INVOICE' || invoice.kind === 'SUPPLIER_CREDIT_NOTE' ? 1 : -1;
}

function signedLine(
  accountId: string,
  amount: Prisma.Decimal,
  sign: 1 | -1,
  currency: string,
  base: string,
  extra: Partial<EntryLineInput>,
): EntryLineInput {
  if (currency === base) return { accountId, ...(sign > 0 ? { debit: amount } : { credit: amount }), ...extra };
  return { accountId, currency, amountCurrency: sign > 0 ? amount : amount.negated(), ...extra };
}

/**
 * Posts a document through the ledger's exactly-once posting command: the partner line first (so its
 * base amount is the document's base value), then one line per document line and one for the tax.
 */
export async function postDocumentEntry(
  tx: TenantTx,
  actor: Actor,
  invoice: Invoice,
  lines: InvoiceLine[],
): Promise<{ entryId: string; number: string; totalBase: Prisma.Decimal }> {
  const side = SIDE[sideOfKind(invoice.kind)];
  const base = await baseCurrencyOf(tx);
  const currency = invoice.currency.trim();
  const sign = partnerSign(invoice);
  const partner = { partnerType: side.partnerType, partnerId: invoice.customerId ?? invoice.supplierId };
  const partnerAccount = await accountForRole(tx, side.partnerRole);
  const entryLines: EntryLineInput[] = [
    signedLine(partnerAccount.id, invoice.total, sign, currency, base, {
      ...partner,
      description: invoice.reference ?? null,
    }),
  ];
  for (const line of lines) {
    if (line.subtotal.isZero()) continue;
    entryLines.push(
      signedLine(line.accountId, line.subtotal, sign > 0 ? -1 : 1, currency, base, {
        description: line.description,
        ...partner,
      }),
    );
  }
  if (!invoice.taxTotal.isZero()) {
    const taxAccount = await accountForRole(tx, 'SALES_TAX');
    entryLines.push(
      signedLine(taxAccount.id, invoice.taxTotal, sign > 0 ? -1 : 1, currency, base, {
        description: 'Tax',
        ...partner,
      }),
    );
  }
  const posted = await postFromSource(tx, actor, {
    source: { type: 'Invoice', id: invoice.id, purpose: 'post' },
    journalType: side.journalType,
    date: fromDbDate(invoice.issueDate),
    reference: invoice.reference,
    memo: invoice.memo,
    lines: entryLines,
  });
  const partnerLine = await tx.journalLine.findFirstOrThrow({ where: { entryId: posted.entryId, lineNo: 1 } });
  return {
    entryId: posted.entryId,
    number: posted.number as string,
    totalBase: partnerLine.debit.plus(partnerLine.credit),
  };
}
