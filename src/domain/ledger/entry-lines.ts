import { Prisma } from '../../generated/prisma/client.js';
import {
  DomainError,
  MONEY,
  checkCurrency,
  checkFits,
  checkLength,
  cleanText,
  fieldError,
  type TenantTx,
} from '../../platform/index.js';
import type { CountingProblems } from './counting-problems.js';
import { isUuid } from '../../platform/index.js';
import { rateFor } from './exchange-rates.js';
import { checkScale, convert, parseAmount, type Amount } from './money.js';

const MAX_LINES = 500;

/**
 * A base-currency line gives exactly one of `debit` and `credit`. A foreign-currency line gives
 * `currency` and a signed `amountCurrency` (positive = debit, negative = credit) instead; its base
 * amount is computed with the rate for the entry date.
 */
export interface EntryLineInput {
  accountId: string;
  debit?: Amount | null;
  credit?: Amount | null;
  currency?: string | null;
  amountCurrency?: Amount | null;
  description?: string | null;
  partnerType?: string | null;
  partnerId?: string | null;
}

/** A line ready to insert, amounts in the base currency. */
export interface LineRow {
  lineNo: number;
  accountId: string;
  debit: Prisma.Decimal;
  credit: Prisma.Decimal;
  currency: string;
  amountCurrency: Prisma.Decimal;
  rate: Prisma.Decimal;
  description: string | null;
  partnerType: string | null;
  partnerId: string | null;
}

interface ParsedLine {
  index: number;
  accountId: string;
  currency: string;
  /** Base-currency amount for base lines, foreign amount for foreign lines; side says which column. */
  amount: Prisma.Decimal;
  side: 'debit' | 'credit';
  foreign: boolean;
  description: string | null;
  partnerType: string | null;
  partnerId: string | null;
}

function parseLine(problems: CountingProblems, line: EntryLineInput, index: number, base: string): ParsedLine | null {
  const at = (field: string) => `lines.${index}.${field}`;
  const before = problems.count;
  const description = cleanText(line.description) ?? null;
  const partnerType = cleanText(line.partnerType) ?? null;
  const partnerId = cleanText(line.partnerId) ?? null;
  checkLength(problems, at('description'), description, 500);
  checkLength(problems, at('partnerType'), partnerType, 50);
  if (partnerId && !isUuid(partnerId))
    problems.add('INVALID_INPUT', `${at('partnerId')} is not a UUID`, at('partnerId'));
  if (!isUuid(line.accountId)) problems.add('NOT_FOUND', `${at('accountId')} is not an account id`, at('accountId'));
  const currency = line.currency ? checkCurrency(problems, at('currency'), line.currency) : base;
  const beforeAmounts = problems.count;
  const debit = parseAmount(problems, at('debit'), line.debit);
  const credit = parseAmount(problems, at('credit'), line.credit);
  const amountCurrency = parseAmount(problems, at('amountCurrency'), line.amountCurrency);
  // An amount that is not a number or too large is reported once, not again as a line without an amount.
  if (problems.count > beforeAmounts) return null;
  let result: ParsedLine | null = null;
  const common = { index, accountId: line.accountId, description, partnerType, partnerId };
  if (amountCurrency !== undefined) {
    if (debit !== undefined || credit !== undefined) {
      problems.add(
        'INVALID_LINE',
        `Line ${index + 1} gives amountCurrency; leave debit and credit out, the sign says which side`,
        at('debit'),
      );
    } else if (amountCurrency.isZero()) {
      problems.add('INVALID_LINE', `Line ${index + 1} has a zero amount`, at('amountCurrency'));
    } else if (currency && checkScale(problems, at('amountCurrency'), amountCurrency, currency)) {
      const side = amountCurrency.isPositive() ? 'debit' : 'credit';
      result = { ...common, currency, amount: amountCurrency.abs(), side, foreign: currency !== base };
    }
  } else {
    if (currency !== base && currency) {
      problems.add(
        'INVALID_LINE',
        `Line ${index + 1} is in ${currency}; give amountCurrency, not debit or credit`,
        at('amountCurrency'),
      );
    }
    const given = [debit, credit].filter((amount) => amount !== undefined && !amount.isZero());
    if (given.length !== 1 || given[0]!.isNegative()) {
      problems.add(
        'INVALID_LINE',
        `Line ${index + 1} needs exactly one positive amount: a debit or a credit`,
        at('debit'),
      );
    } else if (checkScale(problems, at(debit && !debit.isZero() ? 'debit' : 'credit'), given[0]!, base)) {
      const side = debit && !debit.isZero() ? 'debit' : 'credit';
      result = { ...common, currency: base, amount: given[0]!, side, foreign: false };
    }
  }
  return problems.count === before ? result : null;
}

/** Validates all lines at once (every problem reported with its lines.N path) and converts them to base-currency rows. */
export async function buildLines(
  tx: TenantTx,
  lines: EntryLineInput[],
  date: Date,
  base: string,
  problems: CountingProblems,
): Promise<LineRow[]> {
  if (!Array.isArray(lines) || lines.length === 0)
    problems.add('TOO_FEW_LINES', 'A journal entry needs at least two lines', 'lines');
  else if (lines.length > MAX_LINES)
    problems.add('OUT_OF_RANGE', `A journal entry may have at most ${MAX_LINES} lines`, 'lines');
  const parsed = (lines ?? []).slice(0, MAX_LINES).map((line, index) => parseLine(problems, line, index, base));
  problems.throwIfAny();

  const accountIds = [...new Set(parsed.map((line) => line!.accountId))];
  const found = new Set(
    (await tx.account.findMany({ where: { id: { in: accountIds } }, select: { id: true } })).map((row) => row.id),
  );
  parsed.forEach((line) => {
    if (!found.has(line!.accountId))
      problems.add('NOT_FOUND', 'No account with this id in your organization', `lines.${line!.index}.accountId`);
  });
  problems.throwIfAny();

  const rows: LineRow[] = [];
  for (const line of parsed as ParsedLine[]) {
    const rate = line.foreign
      ? await rateFor(tx, line.currency, date, `lines.${line.index}.currency`)
      : new Prisma.Decimal(1);
    const baseAmount = line.foreign ? convert(line.amount, rate, base) : line.amount;
    if (
      !checkFits(
        problems,
        `lines.${line.index}.amountCurrency`,
        baseAmount,
        MONEY,
        `Line ${line.index + 1} in ${base} at rate ${rate.toString()}`,
      )
    )
      continue;
    if (baseAmount.isZero()) {
      throw new DomainError(
        fieldError(
          'INVALID_LINE',
          `Line ${line.index + 1} is worth nothing in ${base} at rate ${rate.toString()}`,
          `lines.${line.index}.amountCurrency`,
        ),
      );
    }
    rows.push({
      lineNo: line.index + 1,
      accountId: line.accountId,
      debit: line.side === 'debit' ? baseAmount : new Prisma.Decimal(0),
      credit: line.side === 'credit' ? baseAmount : new Prisma.Decimal(0),
      currency: line.currency,
      amountCurrency: line.amount,
      rate,
      description: line.description,
      partnerType: line.partnerType,
      partnerId: line.partnerId,
    });
  }
  problems.throwIfAny();
  return rows;
}
