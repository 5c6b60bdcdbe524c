import type { LedgerDataSet } from '../ledger-data.js';
import type { BenchContext } from './scenario.js';

/** The ledger data set, or an error that says how to get one. */
export function ledgerOf(ctx: BenchContext): LedgerDataSet {
  if (!ctx.ledger) throw new Error('This scenario needs the ledger data set; mark it needsLedger');
  return ctx.ledger;
}
