import { Prisma } from '../../generated/prisma/client.js';
import {
  DomainError,
  Problems,
  RATE,
  appendEvent,
  checkCurrency,
  fieldError,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { checkDate, fromDbDate, toDbDate } from './dates.js';
import { parseAmount, type Amount } from './money.js';
import { baseCurrencyOf } from './settings.js';

export interface ExchangeRateInput {
  currency: string;
  date: string;
  /** Units of base currency for one unit of `currency`. */
  rate: Amount;
}

export async function setExchangeRate(
  tx: TenantTx,
  actor: Actor,
  input: ExchangeRateInput,
): Promise<{ currency: string; date: string }> {
  const problems = new Problems();
  const currency = checkCurrency(problems, 'currency', input.currency);
  const date = checkDate(problems, 'date', input.date);
  const rate = parseAmount(problems, 'rate', input.rate, RATE);
  if (rate && rate.lessThanOrEqualTo(0)) problems.add('INVALID_AMOUNT', 'rate must be positive', 'rate');
  if (rate && rate.decimalPlaces() > 10) problems.add('INVALID_SCALE', 'rate has more than 10 decimal places', 'rate');
  problems.throwIfAny();
  const base = await baseCurrencyOf(tx);
  if (currency === base)
    throw new DomainError(
      fieldError('INVALID_CURRENCY', `${base} is the base currency; its rate is always 1`, 'currency'),
    );
  const key = { organizationId: actor.organizationId, currency: currency as string, date: date as Date };
  const before = await tx.exchangeRate.findUnique({ where: { organizationId_currency_date: key } });
  // One statement, so two writers of the same day's rate cannot both try to insert it.
  await tx.$executeRaw`
    INSERT INTO "ExchangeRate" ("organizationId", "currency", "date", "rate")
    VALUES (${actor.organizationId}::uuid, ${currency}, ${date}::date, ${(rate as Prisma.Decimal).toFixed()}::numeric)
    ON CONFLICT ("organizationId", "currency", "date") DO UPDATE SET "rate" = EXCLUDED."rate"`;
  const after = await tx.exchangeRate.findUniqueOrThrow({ where: { organizationId_currency_date: key } });
  const summary = { currency, date: input.date, rate: after.rate.toString() };
  // Rates have no id of their own; currency and day are their natural key.
  const entityId = `${currency}:${input.date}`;
  await recordAudit(tx, actor, {
    action: 'exchangeRateSet',
    entityType: 'ExchangeRate',
    entityId,
    before,
    after: summary,
  });
  await appendEvent(tx, actor, {
    type: 'exchangeRate.set',
    aggregateType: 'ExchangeRate',
    aggregateId: entityId,
    payload: summary,
  });
  return { currency: currency as string, date: input.date };
}

/** The latest rate on or before the date; 1 for the base currency; NO_EXCHANGE_RATE when none exists. */
export async function rateFor(
  tx: TenantTx,
  currency: string,
  date: string | Date,
  field = 'currency',
): Promise<Prisma.Decimal> {
  const base = await baseCurrencyOf(tx);
  if (currency === base) return new Prisma.Decimal(1);
  const day = typeof date === 'string' ? toDbDate(date) : date;
  const found = await tx.exchangeRate.findFirst({ where: { currency, date: { lte: day } }, orderBy: { date: 'desc' } });
  if (!found) {
    throw new DomainError(
      fieldError('NO_EXCHANGE_RATE', `No ${currency} exchange rate on or before ${fromDbDate(day)}`, field),
    );
  }
  return found.rate;
}
