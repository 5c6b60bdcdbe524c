// EXPIRED is derived, never stored: a SENT quote whose valid-until date is before today (UTC) is
// EXPIRED. Reads, filters and transitions all use these two functions, so a quote reads, filters and
// behaves as EXPIRED from the first day after its validity without any job having to run.
import type { Prisma, QuoteStatus } from '../../generated/prisma/client.js';

export type QuoteState = QuoteStatus | 'EXPIRED';

export function effectiveQuoteStatus(stored: QuoteStatus, validUntil: Date, today: Date): QuoteState {
  return stored === 'SENT' && validUntil.getTime() < today.getTime() ? 'EXPIRED' : stored;
}

/** The stored-status and date condition that selects quotes in any of the given effective states. */
export function quoteStatusWhere(states: readonly QuoteState[], today: Date): Prisma.QuoteWhereInput {
  const clauses = [...new Set(states)].map((state): Prisma.QuoteWhereInput => {
    if (state === 'EXPIRED') return { status: 'SENT', validUntil: { lt: today } };
    if (state === 'SENT') return { status: 'SENT', validUntil: { gte: today } };
    return { status: state };
  });
  return clauses.length === 1 ? clauses[0]! : { OR: clauses };
}
