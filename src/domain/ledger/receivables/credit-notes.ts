import { Prisma } from '../../../generated/prisma/client.js';
import { DomainError, fieldError, type Actor, type TenantTx } from '../../../platform/index.js';
import { fromDbDate } from '../dates.js';
import { allocate, creditNoteSource } from './allocations.js';
import { settlementChanged } from './settlement-hooks.js';
import type { InvoiceLineInput } from './invoice-input.js';
import { createInvoice, lockInvoice, postInvoice, type PostedInvoiceRef } from './invoices.js';
import type { PartnerInput } from './partners.js';

export interface CreditNoteCreateInput extends PartnerInput {
  /** The invoice or bill being credited; the note is applied to it as far as it is open. */
  invoiceId?: string | null;
  /** 'YYYY-MM-DD' */
  issueDate: string;
  currency?: string | null;
  reference?: string | null;
  memo?: string | null;
  /** What is credited; all of the credited document's lines when left out. */
  lines?: InvoiceLineInput[] | null;
}

/**
 * Creates and posts a credit note: for a customer (Dr revenue and tax, Cr receivable) or for a
 * supplier (Dr payable, Cr expense and tax). With `invoiceId` it credits that document: the partner
 * and currency are its own, the credit notes of a document can never add up to more than it, and the
 * note is applied to whatever of the document is still open. Returns the posted note's number, total
 * and lines (in the order given), so domains that credit their own documents need not read them back.
 */
export async function createCreditNote(
  tx: TenantTx,
  actor: Actor,
  input: CreditNoteCreateInput,
): Promise<PostedInvoiceRef> {
  if (!input.invoiceId) {
    if (!input.lines || input.lines.length === 0)
      throw new DomainError(
        fieldError('EMPTY_DOCUMENT', 'Give the lines to credit, or the invoiceId of the document to credit', 'lines'),
      );
    const kind = input.supplierId ? 'SUPPLIER_CREDIT_NOTE' : 'CUSTOMER_CREDIT_NOTE';
    const created = await createInvoice(tx, actor, kind, { ...input, dueDate: input.issueDate, lines: input.lines });
    return postInvoice(tx, actor, [kind], { id: created.invoiceId });
  }

  const original = await lockInvoice(tx, actor, input.invoiceId, ['CUSTOMER_INVOICE', 'SUPPLIER_BILL'], 'invoiceId');
  if (original.status === 'DRAFT' || original.status === 'VOID')
    throw new DomainError(
      fieldError(
        'NOT_OPEN',
        `Only a posted document can be credited; this one is ${original.status.toLowerCase()}`,
        'invoiceId',
      ),
    );
  if (input.customerId || input.supplierId)
    throw new DomainError(
      fieldError(
        'INVALID_INPUT',
        "The partner of a credit note for a document is the document's own; leave customerId and supplierId out",
        'customerId',
      ),
    );
  if (input.currency && input.currency.trim().toUpperCase() !== original.currency.trim())
    throw new DomainError(
      fieldError('CURRENCY_MISMATCH', `${original.number} is in ${original.currency.trim()}`, 'currency'),
    );
  const kind = original.kind === 'CUSTOMER_INVOICE' ? 'CUSTOMER_CREDIT_NOTE' : 'SUPPLIER_CREDIT_NOTE';
  const lines: InvoiceLineInput[] =
    input.lines && input.lines.length > 0
      ? input.lines
      : (await tx.invoiceLine.findMany({ where: { invoiceId: original.id }, orderBy: { lineNo: 'asc' } })).map(
          (line) => ({
            description: line.description,
            productId: line.productId,
            accountId: line.accountId,
            quantity: line.quantity,
            unitPrice: line.unitPrice,
            discountPercent: line.discountPercent,
            taxRate: line.taxRate,
            priceIncludesTax: line.priceIncludesTax,
          }),
        );
  const created = await createInvoice(tx, actor, kind, {
    customerId: original.customerId,
    supplierId: original.supplierId,
    currency: original.currency.trim(),
    issueDate: input.issueDate,
    dueDate: input.issueDate,
    reference: input.reference ?? `Credit for ${original.number}`,
    memo: input.memo,
    lines,
  });
  await tx.invoice.update({ where: { id: created.invoiceId }, data: { creditedInvoiceId: original.id } });

  const credited = await tx.invoice.aggregate({
    where: { creditedInvoiceId: original.id, status: { not: 'VOID' } },
    _sum: { total: true },
  });
  const creditedTotal = credited._sum.total ?? new Prisma.Decimal(0);
  if (creditedTotal.greaterThan(original.total)) {
    throw new DomainError(
      fieldError(
        'CREDIT_EXCEEDS_DOCUMENT',
        `${original.number} totals ${original.total.toFixed()}; with this note its credit notes would total ${creditedTotal.toFixed()}`,
        'lines',
      ),
    );
  }
  const posted = await postInvoice(tx, actor, [kind], { id: created.invoiceId });
  const note = await tx.invoice.findUniqueOrThrow({ where: { id: created.invoiceId } });
  if (fromDbDate(note.issueDate) < fromDbDate(original.issueDate))
    throw new DomainError(
      fieldError('INVALID_DATE', `A credit note cannot be dated before ${original.number}`, 'issueDate'),
    );
  const open = original.total.minus(original.amountAllocated);
  if ((original.status === 'POSTED' || original.status === 'PARTIALLY_PAID') && open.isPositive()) {
    await allocate(tx, actor, creditNoteSource(note), original, Prisma.Decimal.min(open, note.total), 'invoiceId');
    await settlementChanged(tx, actor, [original.id]);
  }
  return posted;
}
