// A command's audit records and outbox events are held and inserted together in one statement when
// its work is done: same rows as one insert each, nothing left behind when it fails, and written at
// once outside a command.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../src/platform/actor.js';
import { appendEvent } from '../../src/platform/outbox.js';
import { recordAudit } from '../../src/platform/audit.js';
import { runCommand } from '../../src/platform/command.js';
import { tenantClient } from '../../src/platform/db/tenant-client.js';
import { DomainError, fieldError } from '../../src/platform/errors.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';

let t: TestApp;
let org: TestOrg;
let actor: Actor;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Pending Records');
  actor = { ...systemActor(org.organizationId, 'Pending "Records" tester'), requestId: 'req-1' };
});

// Text that JSON and PostgreSQL array literals both escape: quotes, backslashes, braces, commas, NUL-free unicode.
const AWKWARD = 'a "quoted" \\ back\\slash, {braces} and ünïcödé ✓\nnew line';

async function auditsOf(entityId: string) {
  return t.db.prisma.auditLog.findMany({
    where: { organizationId: org.organizationId, entityId },
    orderBy: [{ createdAt: 'asc' }, { action: 'asc' }],
  });
}

async function eventsOf(aggregateId: string) {
  return t.db.prisma.outboxEvent.findMany({
    where: { organizationId: org.organizationId, aggregateId },
    orderBy: [{ createdAt: 'asc' }, { type: 'asc' }],
  });
}

describe('audit records and events of a command', () => {
  it('are written with their values intact, in one statement however many there are', async () => {
    const entityId = randomUUID();
    const db = tenantClient(t.db.prisma, org.organizationId);
    const write = (count: number) =>
      t.countStatements(async () => {
        const outcome = await runCommand(db, actor, { operation: 'test', input: {} }, async (tx) => {
          for (let i = 0; i < count; i++) {
            await recordAudit(tx, actor, {
              action: `step${i}`,
              entityType: 'Thing',
              entityId,
              before: i === 0 ? undefined : { i: i - 1 },
              after: {
                i,
                text: AWKWARD,
                amount: new Prisma.Decimal('12.3400'),
                nested: [null, { deep: [1, 2.5, true] }],
              },
            });
            await appendEvent(tx, actor, {
              type: `thing.step${i}`,
              aggregateType: 'Thing',
              aggregateId: entityId,
              payload: { i, text: AWKWARD },
            });
          }
          return 'done';
        });
        expect(outcome).toEqual({ ok: true, value: 'done' });
      });
    // BEGIN is not counted; the records' one INSERT and COMMIT are, whatever the count.
    expect(await write(1)).toBe(2);
    expect(await write(6)).toBe(2);

    const audits = await auditsOf(entityId);
    expect(audits).toHaveLength(7);
    const first = audits.find((a) => a.action === 'step0')!;
    expect(first.before).toBeNull();
    expect(first.after).toEqual({ i: 0, text: AWKWARD, amount: '12.34', nested: [null, { deep: [1, 2.5, true] }] });
    expect(first).toMatchObject({
      actorKeyId: null,
      actorName: 'Pending "Records" tester',
      entityType: 'Thing',
      requestId: 'req-1',
    });
    expect(audits.find((a) => a.action === 'step5')!.before).toEqual({ i: 4 });
    const events = await eventsOf(entityId);
    expect(events).toHaveLength(7);
    expect(events.find((e) => e.type === 'thing.step3')!.payload).toEqual({
      i: 3,
      text: AWKWARD,
      actor: { keyId: null, name: 'Pending "Records" tester' },
    });
    // Each keeps the time it was written at, so a later record never sorts before an earlier one.
    const times = audits
      .filter((a) => a.createdAt.getTime() >= audits[1]!.createdAt.getTime())
      .map((a) => a.createdAt.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('leave nothing behind when the command fails after writing them', async () => {
    const entityId = randomUUID();
    const db = tenantClient(t.db.prisma, org.organizationId);
    const outcome = await runCommand(db, actor, { operation: 'test', input: {} }, async (tx) => {
      await recordAudit(tx, actor, { action: 'doomed', entityType: 'Thing', entityId, after: { ok: false } });
      await appendEvent(tx, actor, {
        type: 'thing.doomed',
        aggregateType: 'Thing',
        aggregateId: entityId,
        payload: {},
      });
      throw new DomainError(fieldError('INVALID', 'refused after writing', 'id'));
    });
    expect(outcome).toEqual({
      ok: false,
      errors: [expect.objectContaining({ code: 'INVALID', message: 'refused after writing' })],
    });
    expect(await auditsOf(entityId)).toEqual([]);
    expect(await eventsOf(entityId)).toEqual([]);
  });

  it('are inserted at once in a transaction that no command holds', async () => {
    const entityId = randomUUID();
    await tenantClient(t.db.prisma, org.organizationId).$transaction(async (tx) => {
      await recordAudit(tx, actor, { action: 'direct', entityType: 'Thing', entityId, after: { text: AWKWARD } });
      await appendEvent(tx, actor, {
        type: 'thing.direct',
        aggregateType: 'Thing',
        aggregateId: entityId,
        payload: { n: 1 },
      });
      // Visible to the transaction straight away: nothing is waiting to be flushed.
      expect(await tx.auditLog.count({ where: { entityId } })).toBe(1);
      expect(await tx.outboxEvent.count({ where: { aggregateId: entityId } })).toBe(1);
    });
    expect((await auditsOf(entityId)).map((a) => a.after)).toEqual([{ text: AWKWARD }]);
  });
});
