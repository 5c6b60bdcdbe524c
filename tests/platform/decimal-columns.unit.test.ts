// The column kinds validation checks numbers against (src/platform/decimals.ts) match the schema, and
// fitsColumn / checkFits / checkFiguresFit draw the line where PostgreSQL's DECIMAL(p,s) does.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import {
  DAYS,
  MONEY,
  PERCENT,
  QUANTITY,
  RATE,
  UNIT_PRICE,
  checkFits,
  columnLimit,
  fitsColumn,
  parseDecimal,
} from '../../src/platform/decimals.js';
import { isNumericOverflow } from '../../src/platform/db/prisma-errors.js';
import { DomainError, Problems } from '../../src/platform/errors.js';
import { checkFiguresFit, lineFigures, documentFigures } from '../../src/domain/ledger/index.js';

const d = (value: string) => new Prisma.Decimal(value);

function errorsOf(problems: Problems): { code: string; field: string | null }[] {
  try {
    problems.throwIfAny();
    return [];
  } catch (error) {
    return (error as DomainError).errors.map((e) => ({ code: e.code, field: e.field?.slice(1).join('.') ?? null }));
  }
}

describe('decimal column kinds', () => {
  it('cover every @db.Decimal(p, s) of prisma/schema', () => {
    const dir = path.resolve('prisma/schema');
    const shapes = new Set<string>();
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.prisma'))) {
      for (const match of readFileSync(path.join(dir, file), 'utf8').matchAll(/@db\.Decimal\((\d+),\s*(\d+)\)/g))
        shapes.add(`${match[1]},${match[2]}`);
    }
    const known = new Set([MONEY, QUANTITY, UNIT_PRICE, RATE, PERCENT, DAYS].map((c) => `${c.precision},${c.scale}`));
    expect([...shapes].filter((shape) => !known.has(shape))).toEqual([]);
    expect(shapes.size).toBeGreaterThan(0);
  });

  it('hold below 10^(precision - scale), after rounding to the scale as PostgreSQL does', () => {
    expect(columnLimit(MONEY).toFixed()).toBe('10000000000000000');
    expect(columnLimit(UNIT_PRICE).toFixed()).toBe('100000000000000');
    expect(columnLimit(RATE).toFixed()).toBe('10000000000');
    expect(fitsColumn(d('9999999999999999.9999'), MONEY)).toBe(true);
    expect(fitsColumn(d('-9999999999999999.9999'), MONEY)).toBe(true);
    expect(fitsColumn(d('10000000000000000'), MONEY)).toBe(false);
    expect(fitsColumn(d('-10000000000000000'), MONEY)).toBe(false);
    // Rounds up to 10^16 on write: does not fit.
    expect(fitsColumn(d('9999999999999999.99995'), MONEY)).toBe(false);
    expect(fitsColumn(d('99999999999999.999999'), UNIT_PRICE)).toBe(true);
    expect(fitsColumn(d('999999999999999'), UNIT_PRICE)).toBe(false);
    expect(fitsColumn(d('9999999999.9999999999'), RATE)).toBe(true);
    expect(fitsColumn(d('99999999999'), RATE)).toBe(false);
    expect(fitsColumn(d('999.9999'), PERCENT)).toBe(true);
    expect(fitsColumn(d('1000'), PERCENT)).toBe(false);
    expect(fitsColumn(d('Infinity'), MONEY)).toBe(false);
  });

  it('checkFits records OUT_OF_RANGE on the field, nothing for what fits or is missing', () => {
    const problems = new Problems();
    expect(checkFits(problems, 'lines.0.unitPrice', d('999999999999999'), UNIT_PRICE)).toBe(false);
    expect(checkFits(problems, 'rate', d('1.5'), RATE)).toBe(true);
    expect(checkFits(problems, 'rate', undefined, RATE)).toBe(true);
    expect(errorsOf(problems)).toEqual([{ code: 'OUT_OF_RANGE', field: 'lines.0.unitPrice' }]);
  });

  it('parseDecimal refuses with OUT_OF_RANGE what the column of its scale cannot hold', () => {
    const problems = new Problems();
    expect(parseDecimal(problems, 'unitPrice', '999999999999999', { scale: 6 })).toBeUndefined();
    expect(parseDecimal(problems, 'unitPrice', '99999999999999.999999', { scale: 6 })?.toFixed()).toBe(
      '99999999999999.999999',
    );
    expect(parseDecimal(problems, 'quantity', '1000000000000000', { scale: 4 })).toBeUndefined();
    expect(parseDecimal(problems, 'quantity', '999999999999999.9999', { scale: 4 })?.toFixed()).toBe(
      '999999999999999.9999',
    );
    expect(errorsOf(problems)).toEqual([
      { code: 'OUT_OF_RANGE', field: 'unitPrice' },
      { code: 'OUT_OF_RANGE', field: 'quantity' },
    ]);
  });

  it('checkFiguresFit names the line whose figures grow too large, else the lines for the sum', () => {
    const big = lineFigures(d('999999999999999'), d('99'), d('0'), d('0'), 'EUR');
    const fine = lineFigures(d('2'), d('10'), d('0'), d('19'), 'EUR');
    const lineProblems = new Problems();
    expect(checkFiguresFit(lineProblems, [fine, big], documentFigures([fine, big]))).toBe(false);
    expect(errorsOf(lineProblems)).toEqual([{ code: 'OUT_OF_RANGE', field: 'lines.1.quantity' }]);

    const nearLimit = lineFigures(d('999999999999999'), d('9'), d('0'), d('0'), 'EUR');
    const sumProblems = new Problems();
    expect(checkFiguresFit(sumProblems, [nearLimit, nearLimit], documentFigures([nearLimit, nearLimit]))).toBe(false);
    expect(errorsOf(sumProblems)).toEqual([{ code: 'OUT_OF_RANGE', field: 'lines' }]);

    const okProblems = new Problems();
    expect(checkFiguresFit(okProblems, [fine, nearLimit], documentFigures([fine, nearLimit]))).toBe(true);
    expect(errorsOf(okProblems)).toEqual([]);
  });

  it('isNumericOverflow knows PostgreSQL 22003 however Prisma or the adapter wraps it', () => {
    expect(isNumericOverflow({ code: '22003', message: 'numeric field overflow' })).toBe(true);
    expect(isNumericOverflow({ code: 'P2020', message: 'Value out of range for the type.' })).toBe(true);
    expect(isNumericOverflow({ message: 'x', cause: { originalCode: '22003' } })).toBe(true);
    expect(isNumericOverflow(new Error('numeric field overflow'))).toBe(true);
    expect(isNumericOverflow({ code: '23505', message: 'duplicate key value violates unique constraint' })).toBe(false);
    expect(isNumericOverflow(new Error('deadlock detected'))).toBe(false);
  });
});
