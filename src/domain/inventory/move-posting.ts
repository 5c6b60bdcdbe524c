import { Prisma } from '../../generated/prisma/client.js';
import type { AccountSubtype, StockMoveKind } from '../../generated/prisma/enums.js';
import { DomainError, fieldError, type Actor, type TenantTx } from '../../platform/index.js';
import { accountForRole, postFromSource } from '../ledger/index.js';

type Decimal = Prisma.Decimal;

/** The ledger journal stock values post to (part of the default journals; the migration added it to existing organizations). */
const STOCK_JOURNAL = 'STK';

/** The ledger's source purpose of a move's valuation entry: source { type: 'StockMove', id, purpose }. */
const VALUATION_PURPOSE = 'valuation';

/** The ledger takes at most 500 lines an entry (entry-lines.ts); a document's entry stays under it. */
const ENTRY_LINE_LIMIT = 500;

/**
 * Debit and credit roles of a move's value. Stock in: Dr INVENTORY. Stock out: Cr INVENTORY against
 * COST_OF_GOODS_SOLD for issues (to customers and to production alike) and INVENTORY_ADJUSTMENT for
 * scrap and count differences. Customer returns (receipts from CUSTOMER): Dr INVENTORY / Cr
 * COST_OF_GOODS_SOLD. Transfers stay inside INVENTORY and post nothing.
 */
function roles(
  kind: StockMoveKind,
  direction: 'in' | 'out',
  customerReturn: boolean,
): [AccountSubtype, AccountSubtype] | null {
  if (kind === 'TRANSFER') return null;
  // Goods a customer sends back reverse their issue: the cost of goods sold goes back into stock.
  if (kind === 'RECEIPT' && customerReturn) return ['INVENTORY', 'COST_OF_GOODS_SOLD'];
  if (kind === 'RECEIPT') return ['INVENTORY', 'GOODS_RECEIVED_NOT_INVOICED'];
  if (kind === 'ISSUE') return ['COST_OF_GOODS_SOLD', 'INVENTORY'];
  return direction === 'in' ? ['INVENTORY', 'INVENTORY_ADJUSTMENT'] : ['INVENTORY_ADJUSTMENT', 'INVENTORY'];
}

/**
 * The debit and credit role a move's value posts to, swapped for a negative value; null when it posts
 * nothing (a transfer, or a zero value). Per-move and per-document posting decide it alike.
 */
function entryRoles(move: {
  kind: StockMoveKind;
  direction: 'in' | 'out';
  value: Decimal;
  customerReturn?: boolean;
}): [AccountSubtype, AccountSubtype] | null {
  const pair = roles(move.kind, move.direction, move.customerReturn ?? false);
  if (!pair || move.value.isZero()) return null;
  return move.value.isNegative() ? [pair[1], pair[0]] : pair;
}

/** How a valuation line describes its moves: "KIND quantity × SKU". */
const describe = (kind: StockMoveKind, quantity: Decimal, sku: string) => `${kind} ${quantity.toFixed()} × ${sku}`;

/** Ledger refusals a stock operation reports under their own code; any other becomes POSTING_REFUSED. */
export const POSTING_CODES = ['NO_PERIOD', 'PERIOD_CLOSED', 'NO_POSTING_RULE', 'ACCOUNT_INACTIVE', 'NO_JOURNAL'];

/** The ledger's fields (date, lines, ...) are not the stock operation's: report the refusal without one. */
function refused(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  return new DomainError(
    error.errors.map((e) =>
      fieldError(
        POSTING_CODES.includes(e.code) ? e.code : 'POSTING_REFUSED',
        `The ledger refused the stock value posting: ${e.code}: ${e.message}`,
      ),
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
  move: {
    id: string;
    kind: StockMoveKind;
    direction: 'in' | 'out';
    value: Decimal;
    doneAt: Date;
    sku: string;
    quantity: Decimal;
    customerReturn?: boolean;
  },
): Promise<string | null> {
  const pair = entryRoles(move);
  if (!pair) return null;
  const [debitRole, creditRole] = pair;
  const amount = move.value.abs().toFixed();
  const description = describe(move.kind, move.quantity, move.sku);
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

/** A move whose value posts with the other moves of its document, in one entry. */
export interface DocumentMove {
  id: string;
  productId: string;
  sku: string;
  kind: StockMoveKind;
  direction: 'in' | 'out';
  value: Decimal;
  quantity: Decimal;
  customerReturn?: boolean;
}

/** The entry of a document's moves: postFromSource's key, e.g. { type: 'Shipment', id, purpose: 'cogs' }, and its texts. */
export interface DocumentPosting {
  source: { type: string; id: string; purpose: string };
  reference: string;
  memo: string;
}

interface EntryGroup {
  debitRole: AccountSubtype;
  creditRole: AccountSubtype;
  kind: StockMoveKind;
  sku: string | null;
  amount: Decimal;
  quantity: Decimal;
  moves: number;
}

/**
 * Posts the values of a document's moves (a shipment's issues, a return's receipts) as one entry in the
 * stock journal, dated `date`'s UTC day, exactly once per document (postFromSource's key). Lines are
 * grouped by debit and credit role and product: a debit and a credit line per group, described as
 * "KIND quantity × SKU", so a product shipped on several lines shows once. A document with more
 * products than the ledger's line limit allows groups by roles only. Transfers and zero values post
 * nothing; with nothing to post there is no entry (null). Returns the entry id and the ids of the
 * moves it carries (every move with a value). A refusal throws as postMoveValue's does; so does a
 * document that already posted (POSTING_REFUSED), so its moves cannot happen twice.
 */
export async function postDocumentMoves(
  tx: TenantTx,
  actor: Actor,
  posting: DocumentPosting,
  date: Date,
  moves: readonly DocumentMove[],
): Promise<{ entryId: string; moveIds: string[] } | null> {
  const byProduct = new Map<string, EntryGroup>();
  const byRoles = new Map<string, EntryGroup>();
  const moveIds: string[] = [];
  for (const move of moves) {
    const pair = entryRoles(move);
    if (!pair) continue;
    moveIds.push(move.id);
    const [debitRole, creditRole] = pair;
    const add = (groups: Map<string, EntryGroup>, key: string, sku: string | null) => {
      const group = groups.get(key) ?? {
        debitRole,
        creditRole,
        kind: move.kind,
        sku,
        amount: new Prisma.Decimal(0),
        quantity: new Prisma.Decimal(0),
        moves: 0,
      };
      group.amount = group.amount.plus(move.value.abs());
      group.quantity = group.quantity.plus(move.quantity);
      group.moves += 1;
      groups.set(key, group);
    };
    add(byProduct, `${debitRole}|${creditRole}|${move.kind}|${move.productId}`, move.sku);
    add(byRoles, `${debitRole}|${creditRole}|${move.kind}`, null);
  }
  if (moveIds.length === 0) return null;
  const groups = [...(byProduct.size * 2 <= ENTRY_LINE_LIMIT ? byProduct : byRoles).values()];
  try {
    const accounts = new Map<AccountSubtype, string>();
    for (const role of new Set(groups.flatMap((group) => [group.debitRole, group.creditRole])))
      accounts.set(role, (await accountForRole(tx, role)).id);
    const lines = groups.flatMap((group) => {
      const description = group.sku
        ? describe(group.kind, group.quantity, group.sku)
        : `${group.kind} ${group.moves} moves`;
      const amount = group.amount.toFixed();
      return [
        { accountId: accounts.get(group.debitRole)!, debit: amount, description },
        { accountId: accounts.get(group.creditRole)!, credit: amount, description },
      ];
    });
    const posted = await postFromSource(tx, actor, {
      source: posting.source,
      journalCode: STOCK_JOURNAL,
      date: date.toISOString().slice(0, 10),
      reference: posting.reference,
      memo: posting.memo,
      lines,
    });
    // The document already posted (a replay with the same lines): its stock has already moved once, so
    // moving it again without a posting would leave Inventory short of the valuation.
    if (!posted.created) {
      const { type, id, purpose } = posting.source;
      throw new DomainError(
        fieldError('SOURCE_CONFLICT', `${type} ${id} (${purpose}) already posted entry ${posted.number}`),
      );
    }
    return { entryId: posted.entryId, moveIds };
  } catch (error) {
    throw refused(error);
  }
}
