// reserveDocumentStock, called as other domains call it: several lines of one document in one command.
import { beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import {
  releaseDocumentStock,
  reserveDocumentStock,
  virtualLocationId,
  type DocumentReserveInput,
} from '../../src/domain/inventory/index.js';
import { tenantClient } from '../../src/platform/db/tenant-client.js';
import { DomainError, systemActor } from '../../src/platform/index.js';
import { encodeGlobalId as globalId } from '../../src/schema/global-id.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createProduct, rowId, stockOp, stockOrg } from './helpers.js';

const q = (value: string) => new Prisma.Decimal(value);

describe('reserving the lines of a document', () => {
  let t: TestApp;
  let s: Awaited<ReturnType<typeof stockOrg>>;
  let bolt: string;
  let nut: string;
  let service: string;

  beforeAll(async () => {
    t = await createTestApp();
    s = await stockOrg(t, 'Document Reservation Org');
    bolt = rowId(
      (await createProduct(t, s.key, { sku: 'DR-BOLT', name: 'Bolt', type: 'STOCKED', unitOfMeasure: 'pcs' })).id,
    );
    nut = rowId(
      (await createProduct(t, s.key, { sku: 'DR-NUT', name: 'Nut', type: 'STOCKED', unitOfMeasure: 'pcs' })).id,
    );
    service = rowId(
      (await createProduct(t, s.key, { sku: 'DR-SVC', name: 'Fitting', type: 'SERVICE', unitOfMeasure: 'h' })).id,
    );
    for (const sku of ['DR-BOLT', 'DR-NUT']) {
      const product = await t.db.prisma.product.findFirstOrThrow({
        where: { organizationId: s.org.organizationId, sku },
      });
      const received = await stockOp(t, s.key, 'stockReceive', {
        productId: globalId('Product', product.id),
        locationId: s.binA,
        quantity: '10',
        unitCost: '1',
      });
      expect(received.errors).toEqual([]);
    }
  });

  const actor = () => systemActor(s.org.organizationId);
  const run = (input: DocumentReserveInput) =>
    tenantClient(t.db.prisma, s.org.organizationId).$transaction((tx) => reserveDocumentStock(tx, actor(), input));
  const refusal = async (input: DocumentReserveInput) => {
    const error = await run(input).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).errors.map((e) => [e.code, e.field?.join('.')]);
  };
  const reserved = async () =>
    (
      await t.db.prisma.stockLevel.findMany({
        where: { organizationId: s.org.organizationId, locationId: rowId(s.binA) },
        orderBy: { productId: 'asc' },
      })
    ).map((l) => l.reserved.toFixed());

  it('refuses bad input, unknown or service products and a virtual location, naming the line', async () => {
    const document = { type: 'WorkOrder', id: 'WO-1' };
    const at = rowId(s.binA);
    expect(
      await refusal({
        locationId: at,
        demand: document,
        lines: [
          { line: '1', productId: bolt, quantity: q('0') },
          { line: '2', productId: nut, quantity: q('1') },
          { line: '2', productId: nut, quantity: q('2') },
        ],
      }),
    ).toEqual([
      ['OUT_OF_RANGE', 'input.lines.0.quantity'],
      ['INVALID_INPUT', 'input.lines.2.productId'],
    ]);
    expect(
      await refusal({
        locationId: at,
        demand: document,
        lines: [
          { line: '1', productId: service, quantity: q('1') },
          { line: '2', productId: '00000000-0000-4000-8000-000000000000', quantity: q('1') },
          { line: '3', productId: bolt, quantity: q('1') },
        ],
      }),
    ).toEqual([
      ['NOT_STOCKABLE', 'input.lines.0.productId'],
      ['NOT_FOUND', 'input.lines.1.productId'],
    ]);
    const customer = await tenantClient(t.db.prisma, s.org.organizationId).$transaction((tx) =>
      virtualLocationId(tx, 'CUSTOMER'),
    );
    expect(
      await refusal({
        locationId: customer,
        demand: document,
        lines: [{ line: '1', productId: bolt, quantity: q('1') }],
      }),
    ).toEqual([['INVALID_LOCATION', 'input.locationId']]);
    expect(await reserved()).toEqual(['0', '0']);
  });

  it('is all or nothing: a short line refuses the document before anything is written', async () => {
    expect(
      await refusal({
        locationId: rowId(s.binA),
        demand: { type: 'WorkOrder', id: 'WO-2' },
        lines: [
          { line: '1', productId: bolt, quantity: q('4') },
          { line: '2', productId: nut, quantity: q('11') },
        ],
      }),
    ).toEqual([['INSUFFICIENT_STOCK', 'input.lines.1.quantity']]);
    expect(await reserved()).toEqual(['0', '0']);
    expect(await t.db.prisma.stockReservation.count({ where: { organizationId: s.org.organizationId } })).toBe(0);
  });

  it('adds to the reservation of a line reserved again, one audit record per call', async () => {
    const demand = { type: 'WorkOrder', id: 'WO-3' };
    const first = await run({
      locationId: rowId(s.binA),
      demand,
      lines: [
        { line: '1', productId: bolt, quantity: q('3') },
        { line: '2', productId: nut, quantity: q('2') },
      ],
    });
    const again = await run({
      locationId: rowId(s.binA),
      demand,
      lines: [{ line: '1', productId: bolt, quantity: q('20') }],
      partial: true,
    });
    expect(again.map((l) => [l.line, l.reserved.toFixed(), l.reservationId])).toEqual([
      ['1', '7', first[0]!.reservationId],
    ]);
    const reservations = await t.db.prisma.stockReservation.findMany({
      where: { demandId: 'WO-3' },
      orderBy: { demandLine: 'asc' },
    });
    expect(reservations.map((r) => [r.demandLine, r.quantity.toFixed()])).toEqual([
      ['1', '10'],
      ['2', '2'],
    ]);
    const levels = await reserved();
    expect(levels.sort()).toEqual(['10', '2']);
    const audits = await t.db.prisma.auditLog.findMany({
      where: { organizationId: s.org.organizationId, action: 'stockReserve', entityId: 'WO-3' },
    });
    expect(audits.map((a) => a.entityType)).toEqual(['WorkOrder', 'WorkOrder']);
    const nothingLeft = await run({
      locationId: rowId(s.binA),
      demand,
      lines: [{ line: '1', productId: bolt, quantity: q('1') }],
      partial: true,
    });
    expect(nothingLeft.map((l) => [l.reserved.toFixed(), l.reservationId])).toEqual([['0', null]]);
    expect(
      await t.db.prisma.auditLog.count({
        where: { organizationId: s.org.organizationId, action: 'stockReserve', entityId: 'WO-3' },
      }),
    ).toBe(2);
  });

  it('releases everything a document holds in one call, and nothing for a document holding nothing', async () => {
    const release = (demand: { type: string; id: string }) =>
      tenantClient(t.db.prisma, s.org.organizationId).$transaction((tx) =>
        releaseDocumentStock(tx, actor(), { demand }),
      );
    // The previous test's WO-3 holds 10 bolts and 2 nuts.
    expect(
      (await release({ type: 'WorkOrder', id: 'WO-3' })).map((l) => [l.line, l.quantity.toFixed()]).sort(),
    ).toEqual([
      ['1', '10'],
      ['2', '2'],
    ]);
    expect(await reserved()).toEqual(['0', '0']);
    const demand = { type: 'WorkOrder', id: 'WO-4' };
    const before = await reserved();
    await run({
      locationId: rowId(s.binA),
      demand,
      lines: [
        { line: '1', productId: bolt, quantity: q('2') },
        { line: '2', productId: nut, quantity: q('3') },
        { line: '3', productId: bolt, quantity: q('1') },
      ],
    });
    const released = await release(demand);
    expect(released.map((l) => [l.line, l.quantity.toFixed()]).sort()).toEqual([
      ['1', '2'],
      ['2', '3'],
      ['3', '1'],
    ]);
    expect(await reserved()).toEqual(before);
    const reservations = await t.db.prisma.stockReservation.findMany({
      where: { organizationId: s.org.organizationId, demandId: 'WO-4' },
    });
    expect(reservations.map((r) => r.quantity.toFixed())).toEqual(['0', '0', '0']);
    expect(await release(demand)).toEqual([]);
    const audits = await t.db.prisma.auditLog.findMany({
      where: { organizationId: s.org.organizationId, action: 'stockRelease', entityId: 'WO-4' },
    });
    expect(audits).toHaveLength(1);
  });
});
