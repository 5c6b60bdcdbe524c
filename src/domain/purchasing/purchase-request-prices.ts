import { Prisma } from '../../generated/prisma/client.js';
import { DomainError, currencyScale, type TenantTx } from '../../platform/index.js';
import { rateFor } from '../ledger/index.js';

export interface PriceChoice {
  supplierId: string;
  price: Prisma.Decimal;
  currency: string;
  /** The unit price in the base currency at today's rate (for comparing suppliers). */
  baseUnitPrice: Prisma.Decimal;
}

/** Rates to the base currency as of a day, each currency read once; null when the ledger has none. */
export class RateBook {
  private readonly rates = new Map<string, Prisma.Decimal | null>();
  private base: Promise<string> | undefined;

  constructor(
    private readonly tx: TenantTx,
    private readonly day: string,
  ) {}

  baseCurrency(): Promise<string> {
    this.base ??= this.tx.organization
      .findFirstOrThrow({ select: { baseCurrency: true } })
      .then((row) => row.baseCurrency.trim());
    return this.base;
  }

  async rate(currency: string): Promise<Prisma.Decimal | null> {
    if (!this.rates.has(currency)) {
      try {
        this.rates.set(currency, await rateFor(this.tx, currency, this.day));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.rates.set(currency, null);
      }
    }
    return this.rates.get(currency) ?? null;
  }
}

/** quantity x unit price in the base currency, rounded half-up to the base currency's decimals. */
export function baseAmount(
  quantity: Prisma.Decimal,
  unitPrice: Prisma.Decimal,
  rate: Prisma.Decimal,
  baseCurrency: string,
): Prisma.Decimal {
  return quantity
    .times(unitPrice)
    .times(rate)
    .toDecimalPlaces(currencyScale(baseCurrency), Prisma.Decimal.ROUND_HALF_UP);
}

/**
 * The cheapest price an active supplier offers for the product at this quantity (per supplier and
 * currency the tier with the highest minimum quantity the quantity reaches), compared in the base
 * currency; only `supplierId`'s prices when given. Prices in a currency without an exchange rate
 * cannot be compared and are left out; ties go to the shorter lead time, then the supplier id.
 */
export async function bestSupplierPrice(
  tx: TenantTx,
  rates: RateBook,
  query: { productId: string; quantity: Prisma.Decimal; supplierId?: string | null },
): Promise<PriceChoice | null> {
  const tiers = await tx.supplierPrice.findMany({
    where: {
      productId: query.productId,
      minQuantity: { lte: query.quantity },
      ...(query.supplierId ? { supplierId: query.supplierId } : {}),
      supplier: { isActive: true },
    },
    orderBy: [{ minQuantity: 'desc' }, { id: 'asc' }],
  });
  const applicable = new Map<string, (typeof tiers)[number]>();
  for (const tier of tiers) {
    const key = `${tier.supplierId}:${tier.currency}`;
    if (!applicable.has(key)) applicable.set(key, tier);
  }
  let best: (PriceChoice & { leadTime: number }) | null = null;
  for (const tier of applicable.values()) {
    const currency = tier.currency.trim();
    const rate = await rates.rate(currency);
    if (!rate) continue;
    const candidate = {
      supplierId: tier.supplierId,
      price: tier.price,
      currency,
      baseUnitPrice: tier.price.times(rate),
      leadTime: tier.leadTimeDays ?? Number.MAX_SAFE_INTEGER,
    };
    const better =
      !best ||
      candidate.baseUnitPrice.lessThan(best.baseUnitPrice) ||
      (candidate.baseUnitPrice.equals(best.baseUnitPrice) &&
        (candidate.leadTime < best.leadTime ||
          (candidate.leadTime === best.leadTime && candidate.supplierId < best.supplierId)));
    if (better) best = candidate;
  }
  if (!best) return null;
  return { supplierId: best.supplierId, price: best.price, currency: best.currency, baseUnitPrice: best.baseUnitPrice };
}
