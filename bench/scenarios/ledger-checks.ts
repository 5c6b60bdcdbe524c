import type { BenchContext } from './scenario.js';

interface Totals {
  debit: string;
  credit: string;
  unbalanced: string;
}

interface Numbering {
  prefix: string;
  entries: string;
  lowest: string;
  highest: string;
  distinct: string;
}

// Numbers look like GEN/2025/00042; the series is per journal and fiscal year.
const NUMBERING = `
  SELECT prefix, count(*)::text AS entries, min(n)::text AS lowest, max(n)::text AS highest, count(DISTINCT n)::text AS distinct
  FROM (
    SELECT substring("number" from '^(.*/)') AS prefix, substring("number" from '([0-9]+)$')::int AS n
    FROM "JournalEntry" WHERE "organizationId" = $1::uuid AND "status" = 'POSTED'
  ) numbered
  GROUP BY prefix ORDER BY prefix`;

const TOTALS = `
  SELECT sum(debit)::text AS debit, sum(credit)::text AS credit, count(*) FILTER (WHERE debit <> credit)::text AS unbalanced
  FROM (
    SELECT sum("debit") AS debit, sum("credit") AS credit FROM "JournalLine"
    WHERE "organizationId" = $1::uuid AND "posted" GROUP BY "entryId"
  ) entries`;

/**
 * Whatever the concurrent posts did, the books must still balance, entry by entry and in total,
 * and every journal's numbers must run 1..n without a gap or a duplicate. Throws otherwise.
 */
export async function checkLedger(ctx: BenchContext): Promise<string[]> {
  const [totals] = await ctx.db.sql.query<Totals>(TOTALS, [ctx.organizationId]);
  const series = await ctx.db.sql.query<Numbering>(NUMBERING, [ctx.organizationId]);
  const [drafts] = await ctx.db.sql.query<{ count: string }>(
    `SELECT count(*)::text AS count FROM "JournalEntry" WHERE "organizationId" = $1::uuid AND "status" = 'DRAFT'`,
    [ctx.organizationId],
  );
  const problems: string[] = [];
  if (totals.debit !== totals.credit)
    problems.push(`total debits ${totals.debit} differ from total credits ${totals.credit}`);
  if (totals.unbalanced !== '0') problems.push(`${totals.unbalanced} posted entries do not balance`);
  for (const s of series) {
    if (s.lowest !== '1' || s.highest !== s.entries || s.distinct !== s.entries) {
      problems.push(`${s.prefix}: ${s.entries} entries numbered ${s.lowest}..${s.highest} (${s.distinct} distinct)`);
    }
  }
  if (problems.length > 0) throw new Error(`Ledger check failed: ${problems.join('; ')}`);
  return [
    `total debits ${totals.debit} = total credits ${totals.credit}; every posted entry balances`,
    ...series.map((s) => `${s.prefix}: ${s.entries} posted entries numbered 1..${s.highest}, no gaps or duplicates`),
    `${drafts.count} drafts left unposted (a create whose post failed)`,
  ];
}
