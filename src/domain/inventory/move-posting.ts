import { Prisma } from '../../generated/prisma/client.js';
import type { AccountSubtype, StockMoveKind } from '../../generated/prisma/enums.js';
import { DomainError, fieldError, type Actor, type TenantTx } from '../../platform/index.js';
import { accountForRole, postFromSource } from '../ledger/index.js';

type Decimal = Prisma.Decimal;

/** The ledger journal stock values post to (part of the default journals; the migration added it to existing organizations). */
export const STOCK_JOURNAL = 'STK';

/** The ledger's source purpose of a move's valuation entry: source { type: 'StockMove', id, purpose }. */
export const VALUATION_PURPOSE = 'valuation';

/**
 * Debit and credit roles of a move's value. Stock in: Dr INVENTORY. Stock out: Cr INVENTORY against
 * COST_OF_GOODS_SOLD for issues (to customers and to production alike) and INVENTORY_ADJUSTMENT for
 * scrap and count differences. Customer returns (receipts from CUSTOMER): Dr INVENTORY / Cr
 * COST_OF_GOODS_SOLD. Transfers stay inside INVENTORY and post nothing.
 */
function roles(kind: StockMoveKind, direction: 'in' | 'out', customerReturn: boolean): [AccountSubtype, AccountSubtype] | null {
  if (kind === 'TRANSFER') return null;
  // Goods a customer sends back reverse their issue: the cost of goods sold goes back into stock.
  if (kind === 'RECEIPT' && customerReturn) return ['INVENTORY', 'COST_OF_GOODS_SOLD'];
  if (kind === 'RECEIPT') return ['INVENTORY', 'GOODS_RECEIVED_NOT_INVOICED'];
  if (kind === 'ISSUE') return ['COST_OF_GOODS_SOLD', 'INVENTORY'];
  return direction === 'in' ? ['INVENTORY', 'INVENTORY_ADJUSTMENT'] : ['INVENTORY_ADJUSTMENT', 'INVENTORY'];
}

/** Ledger refusals a stock operation reports under their own code; any other becomes POSTING_REFUSED. */
export const POSTING_CODES = ['NO_PERIOD', 'PERIOD_CLOSED', 'NO_POSTING_RULE', 'ACCOUNT_INACTIVE', 'NO_JOURNAL'];

/** The ledger's fields (date, lines, ...) are not the stock operation's: report the refusal without one. */
function refused(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  return new DomainError(
    error.errors.map((e) =>
      fieldError(POSTING_CODES.includes(e.code) ? e.code : 'POSTING_REFUSED', `The ledger refused the stock value posting: ${e.code}: ${e.message}`),
    ),
  );
}

/**
 * Posts a move's value to the stock journal (STK) in the caller's transaction, dated the move's UTC day,
 * exactly once per move (postFromSource's key). Zero values and transfers post nothing (null). A
 * refusal (NO_PERIOD, a closed period, a missing posting rule) throws and so rolls the move back.
 */
export async function postMoveValue(
  tx: TenantTx,
  actor: Actor,
  move: { id: string; kind: StockMoveKind; direction: 'in' | 'out'; value: Decimal; doneAt: Date; sku: string; quantity: Decimal; customerReturn?: boolean },
): Promise<string | null> {
  const pair = roles(move.kind, move.direction, move.customerReturn ?? false);
  if (!pair || move.value.isZero()) return null;
  const [debitRole, creditRole] = move.value.isNegative() ? [pair[1], pair[0]] : pair;
  const amount = move.value.abs().toFixed();
  const description = `${move.kind} ${move.quantity.toFixed()} × ${move.sku}`;
  try {
    const [debit, credit] = [await accountForRole(tx, debitRole), await accountForRole(tx, creditRole)];
    const posted = await postFromSource(tx, actor, {
      source: { type: 'StockMove', id: move.id, purpose: VALUATION_PURPOSE },
      journalCode: STOCK_JOURNAL,
      date: move.doneAt.toISOString().slice(0, 10),
      reference: `STOCK/${move.id.slice(0, 8)}`,
      memo: `Stock valuation: ${description}`,
      lines: [
        { accountId: debit.id, debit: amount, description },
        { accountId: credit.id, credit: amount, description },
      ],
    });
    return posted.entryId;
  } catch (error) {
    throw refused(error);
  }
}
