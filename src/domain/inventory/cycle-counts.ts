import { randomUUID } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client.js';
import type { CycleCount } from '../../generated/prisma/client.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkLength,
  cleanText,
  fieldError,
  lockRows,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { QUANTITY_SCALE, checkDecimal } from './numbers.js';
import { loadInternalLocation, loadStockProduct, postAdjustment } from './stock.js';

type Decimal = Prisma.Decimal;

export interface CycleCountRef {
  cycleCountId: string;
}

/** The location and every bin below it. */
async function subtreeIds(tx: TenantTx, locationId: string): Promise<string[]> {
  const root = await tx.location.findUniqueOrThrow({ where: { id: locationId }, select: { path: true } });
  const rows = await tx.location.findMany({
    where: { OR: [{ id: locationId }, { path: { startsWith: `${root.path}/` } }] },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

export interface CycleCountCreateInput {
  locationId: string;
  note?: string | null;
}

/**
 * Opens a count sheet for a warehouse location and its bins: one line per product with stock there,
 * expecting its current on hand. Emits cycleCount.created.
 */
export async function createCycleCount(
  tx: TenantTx,
  actor: Actor,
  input: CycleCountCreateInput,
): Promise<CycleCountRef> {
  const problems = new Problems();
  const note = cleanText(input.note) ?? null;
  checkLength(problems, 'note', note, 500);
  problems.throwIfAny();
  await loadInternalLocation(tx, input.locationId, 'locationId');
  const locations = await subtreeIds(tx, input.locationId);
  const levels = await tx.stockLevel.findMany({
    where: { locationId: { in: locations }, NOT: { onHand: 0 } },
    select: { productId: true, locationId: true, onHand: true },
  });
  const id = randomUUID();
  const organizationId = actor.organizationId;
  const count = await tx.cycleCount.create({ data: { id, organizationId, locationId: input.locationId, note } });
  await tx.cycleCountLine.createMany({
    data: levels.map((level) => ({
      id: randomUUID(),
      organizationId,
      cycleCountId: id,
      productId: level.productId,
      locationId: level.locationId,
      expectedQuantity: level.onHand,
    })),
  });
  await recordAudit(tx, actor, {
    action: 'cycleCountCreate',
    entityType: 'CycleCount',
    entityId: id,
    after: { ...count, lines: levels.length },
  });
  await appendEvent(tx, actor, {
    type: 'cycleCount.created',
    aggregateType: 'CycleCount',
    aggregateId: id,
    payload: { locationId: input.locationId, lines: levels.length },
  });
  return { cycleCountId: id };
}

async function loadOpen(
  tx: TenantTx,
  actor: Actor,
  id: string,
  expectedVersion: number | null | undefined,
): Promise<CycleCount> {
  const locked = await lockRows(tx, actor.organizationId, 'CycleCount', [id]);
  if (!locked.has(id))
    throw new DomainError(fieldError('NOT_FOUND', 'No cycle count with this id in your organization', 'id'));
  const count = await tx.cycleCount.findUniqueOrThrow({ where: { id } });
  if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== count.version) {
    throw new DomainError(
      fieldError(
        'STALE_VERSION',
        `The cycle count is at version ${count.version}, not ${expectedVersion}`,
        'expectedVersion',
      ),
    );
  }
  if (count.state !== 'OPEN') throw new DomainError(fieldError('NOT_OPEN', `The cycle count is ${count.state}`, 'id'));
  return count;
}

export interface CycleCountRecordInput {
  id: string;
  expectedVersion?: number | null;
  counts: { productId: string; locationId: string; countedQuantity: Decimal }[];
}

/**
 * Records counted quantities (a later count of the same line replaces the earlier one). A product
 * found where the sheet expected none gets a new line expecting its current on hand. Emits cycleCount.recorded.
 */
export async function recordCycleCount(
  tx: TenantTx,
  actor: Actor,
  input: CycleCountRecordInput,
): Promise<CycleCountRef> {
  const count = await loadOpen(tx, actor, input.id, input.expectedVersion);
  const problems = new Problems();
  if (input.counts.length === 0) problems.add('REQUIRED', 'counts must not be empty', 'counts');
  input.counts.forEach((line, i) =>
    checkDecimal(problems, `counts.${i}.countedQuantity`, line.countedQuantity, { scale: QUANTITY_SCALE }),
  );
  problems.throwIfAny();
  const inSheet = new Set(await subtreeIds(tx, count.locationId));
  const organizationId = actor.organizationId;
  for (const [i, line] of input.counts.entries()) {
    if (!inSheet.has(line.locationId)) {
      throw new DomainError(
        fieldError(
          'INVALID_LOCATION',
          'The location is not the counted location or one of its bins',
          `counts.${i}.locationId`,
        ),
      );
    }
    await loadStockProduct(tx, actor, line.productId, 'share', `counts.${i}.productId`);
    const level = await tx.stockLevel.findFirst({
      where: { productId: line.productId, locationId: line.locationId },
      select: { onHand: true },
    });
    await tx.cycleCountLine.upsert({
      where: {
        organizationId_cycleCountId_productId_locationId: {
          organizationId,
          cycleCountId: count.id,
          productId: line.productId,
          locationId: line.locationId,
        },
      },
      update: { countedQuantity: line.countedQuantity },
      create: {
        id: randomUUID(),
        organizationId,
        cycleCountId: count.id,
        productId: line.productId,
        locationId: line.locationId,
        expectedQuantity: level?.onHand ?? new Prisma.Decimal(0),
        countedQuantity: line.countedQuantity,
      },
    });
  }
  await tx.cycleCount.update({ where: { id: count.id }, data: { version: { increment: 1 } } });
  await recordAudit(tx, actor, {
    action: 'cycleCountRecord',
    entityType: 'CycleCount',
    entityId: count.id,
    after: { counts: input.counts.length },
  });
  await appendEvent(tx, actor, {
    type: 'cycleCount.recorded',
    aggregateType: 'CycleCount',
    aggregateId: count.id,
    payload: { counts: input.counts.length },
  });
  return { cycleCountId: count.id };
}

const levelKey = (line: { productId: string; locationId: string }) => `${line.productId}/${line.locationId}`;

/**
 * Locks every counted product, then every counted level, in (product id, location id) order, before
 * anything is adjusted: the inventory lock order (product, then level, then reservation), taken whole
 * up front, so two counts over the same products posted at once queue on their first product instead
 * of each holding some products (and ledger rows) the other one needs. Returns on hand per level.
 */
async function lockCountedStock(
  tx: TenantTx,
  actor: Actor,
  lines: { productId: string; locationId: string }[],
): Promise<Map<string, Decimal>> {
  const productIds = [...new Set(lines.map((line) => line.productId))].sort();
  for (const productId of productIds) await loadStockProduct(tx, actor, productId, 'update');
  const onHand = new Map<string, Decimal>();
  for (const line of lines) {
    const rows = await tx.$queryRaw<{ onHand: Decimal }[]>`
      SELECT "onHand" FROM "StockLevel"
      WHERE "organizationId" = ${actor.organizationId}::uuid AND "productId" = ${line.productId}::uuid AND "locationId" = ${line.locationId}::uuid
      FOR UPDATE`;
    onHand.set(levelKey(line), new Prisma.Decimal(rows[0]?.onHand ?? 0));
  }
  return onHand;
}

/**
 * Posts a count: for every counted line, the difference between the counted quantity and on hand now
 * becomes an adjustment move (reason "Cycle count", referencing the sheet and line), so on hand equals
 * the count. Uncounted lines change nothing. A decrease below the reserved quantity is refused with
 * INSUFFICIENT_STOCK and nothing is posted. Emits cycleCount.posted and stock.adjusted per difference.
 */
export async function postCycleCount(
  tx: TenantTx,
  actor: Actor,
  input: { id: string; expectedVersion?: number | null },
): Promise<CycleCountRef> {
  const count = await loadOpen(tx, actor, input.id, input.expectedVersion);
  const lines = await tx.cycleCountLine.findMany({
    where: { cycleCountId: count.id, NOT: { countedQuantity: null } },
    orderBy: [{ productId: 'asc' }, { locationId: 'asc' }, { id: 'asc' }],
  });
  const onHandNow = await lockCountedStock(tx, actor, lines);
  let adjustments = 0;
  for (const line of lines) {
    const onHand = onHandNow.get(levelKey(line)) ?? new Prisma.Decimal(0);
    const difference = (line.countedQuantity as Decimal).minus(onHand);
    if (!difference.isZero()) {
      await postAdjustment(tx, actor, {
        productId: line.productId,
        locationId: line.locationId,
        change: difference,
        quantity: difference.abs(),
        reason: 'Cycle count',
        source: { sourceType: 'CYCLE_COUNT', sourceId: count.id, sourceLine: line.id },
        action: 'cycleCountPost',
      }).catch((error: unknown) => {
        if (error instanceof DomainError && error.errors[0]?.code === 'INSUFFICIENT_STOCK') {
          throw new DomainError(
            fieldError(
              'INSUFFICIENT_STOCK',
              `Counted ${line.countedQuantity?.toFixed()} is less than what is reserved there; release reservations first`,
              'id',
            ),
          );
        }
        throw error;
      });
      adjustments++;
    }
    await tx.cycleCountLine.update({ where: { id: line.id }, data: { postedDifference: difference } });
  }
  await tx.cycleCount.update({
    where: { id: count.id },
    data: { state: 'POSTED', postedAt: new Date(), version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    action: 'cycleCountPost',
    entityType: 'CycleCount',
    entityId: count.id,
    after: { adjustments },
  });
  await appendEvent(tx, actor, {
    type: 'cycleCount.posted',
    aggregateType: 'CycleCount',
    aggregateId: count.id,
    payload: { adjustments },
  });
  return { cycleCountId: count.id };
}

/** Cancels an open count; nothing is adjusted. Emits cycleCount.cancelled. */
export async function cancelCycleCount(
  tx: TenantTx,
  actor: Actor,
  input: { id: string; expectedVersion?: number | null },
): Promise<CycleCountRef> {
  const count = await loadOpen(tx, actor, input.id, input.expectedVersion);
  await tx.cycleCount.update({ where: { id: count.id }, data: { state: 'CANCELLED', version: { increment: 1 } } });
  await recordAudit(tx, actor, {
    action: 'cycleCountCancel',
    entityType: 'CycleCount',
    entityId: count.id,
    before: count,
  });
  await appendEvent(tx, actor, {
    type: 'cycleCount.cancelled',
    aggregateType: 'CycleCount',
    aggregateId: count.id,
    payload: {},
  });
  return { cycleCountId: count.id };
}
