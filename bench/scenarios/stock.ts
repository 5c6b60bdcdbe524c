import type { StockDataSet } from '../stock-data.js';
import type { BenchContext } from './scenario.js';

/** The stocked products, or an error that says how to get them. */
export function stockOf(ctx: BenchContext): StockDataSet {
  if (!ctx.stock) throw new Error('This scenario needs the stocked products; mark it needsStock');
  return ctx.stock;
}
