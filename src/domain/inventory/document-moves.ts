// The stock moves of one document (a shipment's issues, a sales return's receipts) in one command, so
// their values post as one journal entry for the document instead of one per move: an accountant sees
// one cost-of-goods entry per shipment, and a long shipment does not pay a ledger posting per line.
// The command posts itself, so a caller cannot write the moves and forget their entry.
import { Prisma } from '../../generated/prisma/client.js';
import { DomainError, Problems, fieldError, type Actor, type TenantTx } from '../../platform/index.js';
import { returnInto } from './customer-returns.js';
import { postDocumentMoves, type DocumentPosting } from './move-posting.js';
import { consumeInto, type Demand, type ReservationRef } from './reservations.js';
import { writeMoves, type DocumentReference, type MoveBatch, type StockMoveRef } from './stock.js';

type Decimal = Prisma.Decimal;

export type { DocumentPosting };

export interface DocumentMovesResult<Line> {
  /** Per input line, in the order given: its move and the value the move took. */
  lines: (Line & StockMoveRef & { value: Decimal })[];
  /** The document's entry; null when no move had a value to post. */
  journalEntryId: string | null;
  /** When every move of the document took effect; the entry is dated its UTC day. */
  doneAt: Date;
}

/** A line's refusal, reported on lines.N (N = its index in the input) so the caller knows which. */
function onLine(error: unknown, index: number): unknown {
  if (!(error instanceof DomainError)) return error;
  return new DomainError(
    error.errors.map((e) => fieldError(e.code, e.message, ['lines', String(index), ...(e.field ? e.field.slice(1) : [])])),
  );
}

/**
 * Runs `each` for the lines in product order (then the order given), so documents sharing products
 * lock product rows in one order, all moves sharing one time; then posts their values as one entry
 * (postDocumentMoves) and writes the moves, every move with a value naming that entry, with their
 * audit records and events. A refused line or posting throws, and the caller's transaction rolls everything back.
 */
async function documentMoves<Input extends { productId: string }, Line>(
  tx: TenantTx,
  actor: Actor,
  posting: DocumentPosting,
  inputs: readonly Input[],
  each: (input: Input, batch: MoveBatch) => Promise<Line & StockMoveRef>,
): Promise<DocumentMovesResult<Line>> {
  const batch: MoveBatch = { doneAt: new Date(), pending: [], virtualLocations: new Map() };
  const order = inputs.map((input, index) => ({ input, index }));
  order.sort((a, b) => (a.input.productId === b.input.productId ? a.index - b.index : a.input.productId < b.input.productId ? -1 : 1));
  const done = new Array<Line & StockMoveRef>(inputs.length);
  for (const { input, index } of order) {
    try {
      done[index] = await each(input, batch);
    } catch (error) {
      throw onLine(error, index);
    }
  }
  // The entry lists its lines in the document's order, not the lock order.
  const byId = new Map(batch.pending.map((pending) => [pending.row.id, pending]));
  const inDocumentOrder = done.flatMap((line) => byId.get(line.stockMoveId)?.move ?? []);
  const posted = await postDocumentMoves(tx, actor, posting, batch.doneAt, inDocumentOrder);
  const carried = new Set(posted?.moveIds ?? []);
  for (const pending of batch.pending) if (carried.has(pending.row.id)) pending.row.journalEntryId = posted!.entryId;
  await writeMoves(tx, actor, batch.pending);
  const values = new Map(batch.pending.map((pending) => [pending.row.id, pending.row.value as Decimal]));
  return { lines: done.map((line) => ({ ...line, value: values.get(line.stockMoveId)! })), journalEntryId: posted?.entryId ?? null, doneAt: batch.doneAt };
}

export interface DocumentConsumeLine {
  productId: string;
  quantity: Decimal;
  /** The reservation's demand, e.g. { type: 'SalesOrder', id, line: '3' }; the move references it. */
  demand: Demand;
}

export interface DocumentConsumeInput {
  /** The entry's source key and texts, e.g. { source: { type: 'Shipment', id, purpose: 'cogs' }, reference: 'SH-0001', memo }. */
  posting: DocumentPosting;
  /** The location every line is issued from. */
  locationId: string;
  /** Where the goods go: CUSTOMER (default) or PRODUCTION. */
  destination?: 'CUSTOMER' | 'PRODUCTION' | null;
  lines: readonly DocumentConsumeLine[];
  /** The domain calling, when it owns the lines' demand type (claimDemandType). */
  owner?: string;
}

/**
 * Consumes the reservations of a document's lines (each as consumeReservation does: an issue move
 * carrying its cost, stock.issued per move), and posts the moves' values as one entry, Dr
 * COST_OF_GOODS_SOLD / Cr INVENTORY, exactly once for the document's source key. A line's refusal is
 * reported on lines.N.<field> (N = its index in `lines`); a ledger refusal (NO_PERIOD, PERIOD_CLOSED,
 * NO_POSTING_RULE, ...; anything else POSTING_REFUSED) without a field. Either way nothing is written.
 */
export async function consumeDocumentReservations(
  tx: TenantTx,
  actor: Actor,
  input: DocumentConsumeInput,
): Promise<DocumentMovesResult<ReservationRef>> {
  return documentMoves(tx, actor, input.posting, input.lines, (line, batch) =>
    consumeInto(tx, actor, { ...line, locationId: input.locationId, destination: input.destination, owner: input.owner }, batch),
  );
}

export interface DocumentReturnLine {
  productId: string;
  quantity: Decimal;
  /** The document (line) the goods were issued for; the return is valued at what its issues are still worth. */
  issuedFor: DocumentReference;
}

export interface DocumentReturnInput {
  /** The entry's source key and texts, e.g. { source: { type: 'SalesReturn', id, purpose: 'valuation' }, reference: 'RT-0001', memo }. */
  posting: DocumentPosting;
  /** The warehouse location the goods come back into. */
  locationId: string;
  lines: readonly DocumentReturnLine[];
}

/**
 * Receives a document's returned lines back into stock (each as returnToStock does: a receipt from
 * CUSTOMER at its issue cost, stock.returned per move), and posts the moves' values as one entry, Dr
 * INVENTORY / Cr COST_OF_GOODS_SOLD, exactly once for the document's source key. Refusals as
 * consumeDocumentReservations reports them. Two lines returning the same product for the same issuing
 * document line are INVALID_INPUT: what a line may return is read from the moves written before the
 * document, so the second would not see the first.
 */
export async function returnDocumentToStock(tx: TenantTx, actor: Actor, input: DocumentReturnInput): Promise<DocumentMovesResult<object>> {
  const problems = new Problems();
  const seen = new Set<string>();
  for (const [index, line] of input.lines.entries()) {
    const key = JSON.stringify([line.productId, line.issuedFor?.type, line.issuedFor?.id, line.issuedFor?.line ?? null]);
    if (seen.has(key)) problems.add('INVALID_INPUT', 'Another line returns this product for the same issuing document line', `lines.${index}.issuedFor`);
    seen.add(key);
  }
  problems.throwIfAny();
  return documentMoves(tx, actor, input.posting, input.lines, (line, batch) => returnInto(tx, actor, { ...line, locationId: input.locationId }, batch));
}
