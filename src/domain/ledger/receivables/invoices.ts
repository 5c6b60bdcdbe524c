import { randomUUID } from 'node:crypto';
import type { Prisma } from '../../../generated/prisma/client.js';
import type { Invoice, InvoiceKind } from '../../../generated/prisma/client.js';
import {
  DomainError,
  Problems,
  appendEvent,
  fieldError,
  isUuid,
  lockRows,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../../platform/index.js';
import { checkDate, fromDbDate } from '../dates.js';
import { reverseEntry } from '../entries.js';
import { postDocumentEntry } from './document-posting.js';
import { prepareInvoice, type InvoiceHeaderInput, type PreparedInvoice } from './invoice-input.js';
import { SIDE, findPartner, isCreditNote, sideOfKind, type PartnerInput } from './partners.js';

export interface InvoiceCreateInput extends InvoiceHeaderInput, PartnerInput {}

export interface InvoiceUpdateInput extends InvoiceHeaderInput {
  id: string;
  expectedVersion?: number | null;
}

export interface InvoiceRef {
  invoiceId: string;
}

/** A posted document: its number, total and lines in order, for the domains that post documents of their own. */
export interface PostedInvoiceRef extends InvoiceRef {
  number: string;
  total: Prisma.Decimal;
  lines: { id: string; lineNo: number; subtotal: Prisma.Decimal }[];
}

export interface InvoiceVoidInput {
  id: string;
  /** Date of the reversing entry; the document's issue date when left out. */
  date?: string | null;
}

/**
 * Domains that keep figures about documents (purchasing's billed quantities) register here to give
 * them back when a document is voided, in the same transaction, without the ledger importing them.
 */
export type InvoiceVoidHandler = (
  tx: TenantTx,
  actor: Actor,
  voided: { invoiceId: string; kind: InvoiceKind; wasPosted: boolean; date: string },
) => Promise<void>;
const voidHandlers: InvoiceVoidHandler[] = [];

export function onInvoiceVoid(handler: InvoiceVoidHandler): void {
  voidHandlers.push(handler);
}

const LABEL: Record<InvoiceKind, string> = {
  CUSTOMER_INVOICE: 'customer invoice',
  SUPPLIER_BILL: 'supplier bill',
  CUSTOMER_CREDIT_NOTE: 'customer credit note',
  SUPPLIER_CREDIT_NOTE: 'supplier credit note',
};

function notFound(kinds: InvoiceKind[], field: string): DomainError {
  return new DomainError(
    fieldError(
      'NOT_FOUND',
      `No ${kinds.map((kind) => LABEL[kind]).join(' or ')} with this id in your organization`,
      field,
    ),
  );
}

/**
 * Locks the document row for the rest of the transaction and reads it; NOT_FOUND for other kinds,
 * reported at `field`, the input field that holds the id.
 */
export async function lockInvoice(
  tx: TenantTx,
  actor: Actor,
  id: string,
  kinds: InvoiceKind[],
  field = 'id',
): Promise<Invoice> {
  const locked = isUuid(id) ? await lockRows(tx, actor.organizationId, 'Invoice', [id]) : new Set<string>();
  if (!locked.has(id)) throw notFound(kinds, field);
  const invoice = await tx.invoice.findUniqueOrThrow({ where: { id } });
  if (!kinds.includes(invoice.kind)) throw notFound(kinds, field);
  return invoice;
}

function rows(actor: Actor, invoiceId: string, prepared: PreparedInvoice) {
  return prepared.lines.map((line) => ({ ...line, id: randomUUID(), organizationId: actor.organizationId, invoiceId }));
}

function header(prepared: PreparedInvoice) {
  const { lines: _lines, ...rest } = prepared;
  return rest;
}

/** Creates a draft customer invoice, supplier bill or credit note with its computed figures. */
export async function createInvoice(
  tx: TenantTx,
  actor: Actor,
  kind: InvoiceKind,
  input: InvoiceCreateInput,
): Promise<InvoiceRef> {
  const side = sideOfKind(kind);
  const partner = await findPartner(tx, input, side);
  const prepared = await prepareInvoice(tx, new Problems(), partner, input, SIDE[side].lineRole);
  const id = randomUUID();
  await tx.invoice.create({
    data: {
      id,
      organizationId: actor.organizationId,
      kind,
      customerId: side === 'CUSTOMER' ? partner.id : null,
      supplierId: side === 'SUPPLIER' ? partner.id : null,
      createdById: actor.keyId,
      ...header(prepared),
    },
  });
  await tx.invoiceLine.createMany({ data: rows(actor, id, prepared) });
  const summary = {
    kind,
    partnerId: partner.id,
    currency: prepared.currency,
    total: prepared.total.toFixed(),
    lines: prepared.lines.length,
  };
  await recordAudit(tx, actor, {
    action: 'invoiceCreate',
    entityType: 'Invoice',
    entityId: id,
    after: { ...summary, issueDate: fromDbDate(prepared.issueDate) },
  });
  await appendEvent(tx, actor, {
    type: 'invoice.created',
    aggregateType: 'Invoice',
    aggregateId: id,
    payload: summary,
  });
  return { invoiceId: id };
}

/** Replaces a draft's header and lines; posted documents never change. */
export async function updateDraftInvoice(
  tx: TenantTx,
  actor: Actor,
  kinds: InvoiceKind[],
  input: InvoiceUpdateInput,
): Promise<InvoiceRef> {
  const invoice = await lockInvoice(tx, actor, input.id, kinds);
  if (invoice.status !== 'DRAFT')
    throw new DomainError(
      fieldError(
        'NOT_DRAFT',
        `${invoice.number ?? 'The document'} is ${invoice.status.toLowerCase()}; only drafts change`,
        'id',
      ),
    );
  if (input.expectedVersion != null && input.expectedVersion !== invoice.version)
    throw new DomainError(
      fieldError(
        'STALE_VERSION',
        `The document is at version ${invoice.version}, not ${input.expectedVersion}`,
        'expectedVersion',
      ),
    );
  const side = sideOfKind(invoice.kind);
  const partner = await findPartner(tx, { customerId: invoice.customerId, supplierId: invoice.supplierId }, side);
  const prepared = await prepareInvoice(tx, new Problems(), partner, input, SIDE[side].lineRole);
  await tx.invoiceLine.deleteMany({ where: { invoiceId: invoice.id } });
  await tx.invoiceLine.createMany({ data: rows(actor, invoice.id, prepared) });
  const after = await tx.invoice.update({
    where: { id: invoice.id },
    data: { ...header(prepared), version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    action: 'invoiceUpdate',
    entityType: 'Invoice',
    entityId: invoice.id,
    before: invoice,
    after,
  });
  await appendEvent(tx, actor, {
    type: 'invoice.updated',
    aggregateType: 'Invoice',
    aggregateId: invoice.id,
    payload: { kind: invoice.kind, total: after.total.toFixed(), version: after.version },
  });
  return { invoiceId: invoice.id };
}

/** Posts a draft: its journal entry (exactly once per document) gives it its number and base value. */
export async function postInvoice(
  tx: TenantTx,
  actor: Actor,
  kinds: InvoiceKind[],
  input: { id: string },
): Promise<PostedInvoiceRef> {
  const invoice = await lockInvoice(tx, actor, input.id, kinds);
  if (invoice.status !== 'DRAFT')
    throw new DomainError(
      fieldError('NOT_DRAFT', `${invoice.number ?? 'The document'} is already ${invoice.status.toLowerCase()}`, 'id'),
    );
  await findPartner(tx, { customerId: invoice.customerId, supplierId: invoice.supplierId }, sideOfKind(invoice.kind));
  const lines = await tx.invoiceLine.findMany({ where: { invoiceId: invoice.id }, orderBy: { lineNo: 'asc' } });
  const posted = await postDocumentEntry(tx, actor, invoice, lines);
  const after = await tx.invoice.update({
    where: { id: invoice.id },
    data: {
      status: 'POSTED',
      number: posted.number,
      journalEntryId: posted.entryId,
      totalBase: posted.totalBase,
      postedAt: new Date(),
      version: { increment: 1 },
    },
  });
  await recordAudit(tx, actor, {
    action: 'invoicePost',
    entityType: 'Invoice',
    entityId: invoice.id,
    before: { status: invoice.status },
    after,
  });
  await appendEvent(tx, actor, {
    type: 'invoice.posted',
    aggregateType: 'Invoice',
    aggregateId: invoice.id,
    payload: {
      kind: invoice.kind,
      number: posted.number,
      customerId: invoice.customerId,
      supplierId: invoice.supplierId,
      currency: invoice.currency,
      total: invoice.total.toFixed(),
      dueDate: fromDbDate(invoice.dueDate),
    },
  });
  return {
    invoiceId: invoice.id,
    number: posted.number,
    total: invoice.total,
    lines: lines.map((line) => ({ id: line.id, lineNo: line.lineNo, subtotal: line.subtotal })),
  };
}

/**
 * Voids a document. A draft just becomes VOID; a posted one is reversed in the ledger, which is
 * refused while payments or credit notes are allocated to it (or, for a credit note, from it).
 */
export async function voidInvoice(
  tx: TenantTx,
  actor: Actor,
  kinds: InvoiceKind[],
  input: InvoiceVoidInput,
): Promise<InvoiceRef> {
  const invoice = await lockInvoice(tx, actor, input.id, kinds);
  if (invoice.status === 'VOID')
    throw new DomainError(fieldError('ALREADY_VOID', `${invoice.number ?? 'The draft'} is already void`, 'id'));
  if (!invoice.amountAllocated.isZero()) {
    const what = isCreditNote(invoice.kind)
      ? 'it is applied to documents'
      : 'payments or credit notes are allocated to it';
    throw new DomainError(
      fieldError('HAS_ALLOCATIONS', `${invoice.number} cannot be voided: ${what}; void those first`, 'id'),
    );
  }
  const problems = new Problems();
  const date = input.date ? checkDate(problems, 'date', input.date) : invoice.issueDate;
  problems.throwIfAny();
  if (invoice.journalEntryId && date! < invoice.issueDate)
    throw new DomainError(fieldError('INVALID_DATE', 'The void date is before the issue date', 'date'));
  // Handlers run before the reversal takes the journal's number counter: they lock their own order rows,
  // and commands that invoice an order lock the order before posting, so both take locks in one order.
  for (const handler of voidHandlers) {
    await handler(tx, actor, {
      invoiceId: invoice.id,
      kind: invoice.kind,
      wasPosted: !!invoice.journalEntryId,
      date: fromDbDate(date!),
    });
  }
  let voidEntryId: string | null = null;
  if (invoice.journalEntryId) {
    voidEntryId = (await reverseEntry(tx, actor, { id: invoice.journalEntryId, date: fromDbDate(date!) })).entryId;
  }
  const after = await tx.invoice.update({
    where: { id: invoice.id },
    data: {
      status: 'VOID',
      voidEntryId,
      voidedAt: new Date(),
      voidDate: invoice.journalEntryId ? date : null,
      version: { increment: 1 },
    },
  });
  await recordAudit(tx, actor, {
    action: 'invoiceVoid',
    entityType: 'Invoice',
    entityId: invoice.id,
    before: { status: invoice.status },
    after,
  });
  await appendEvent(tx, actor, {
    type: 'invoice.voided',
    aggregateType: 'Invoice',
    aggregateId: invoice.id,
    payload: { kind: invoice.kind, number: invoice.number, reversalEntryId: voidEntryId },
  });
  return { invoiceId: invoice.id };
}
