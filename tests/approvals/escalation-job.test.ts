import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalateOverdueEverywhere } from '../../src/domain/approvals/index.js';
import { startPeriodic } from '../../src/platform/periodic.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { rowId, submitOk } from './helpers.js';
import { approvalOrg } from './setup.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('periodic escalation', () => {
  it('escalates overdue steps of every organization, as the system, once', async () => {
    const a = await approvalOrg(t, 'Escalation Job A');
    const b = await approvalOrg(t, 'Escalation Job B');
    const ids = [
      await submitOk(t, a.org.organizationId, a.alice.id, '1'),
      await submitOk(t, b.org.organizationId, b.bob.id, '2'),
    ];
    const fresh = await submitOk(t, a.org.organizationId, a.bob.id, '3');
    await t.db.prisma.approvalStep.updateMany({
      where: { requestId: { in: ids.map(rowId) } },
      data: { dueAt: new Date(Date.now() - 1000) },
    });
    const first = await escalateOverdueEverywhere(t.db.prisma);
    expect(first.escalated).toBeGreaterThanOrEqual(2);
    for (const id of ids) {
      const events = await t.db.prisma.approvalEvent.findMany({ where: { requestId: rowId(id), action: 'ESCALATED' } });
      expect(events).toEqual([expect.objectContaining({ actorName: 'approvals escalation', actorEmployeeId: null })]);
    }
    expect(await t.db.prisma.approvalEvent.count({ where: { requestId: rowId(fresh), action: 'ESCALATED' } })).toBe(0);
    const again = await escalateOverdueEverywhere(t.db.prisma);
    expect(
      await t.db.prisma.approvalEvent.count({ where: { requestId: { in: ids.map(rowId) }, action: 'ESCALATED' } }),
    ).toBe(2);
    void again;
  });

  it('runs a task periodically, one run at a time, and stops after the run in progress', async () => {
    let runs = 0;
    let concurrent = 0;
    let maxConcurrent = 0;
    const task = startPeriodic(
      async () => {
        concurrent += 1;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        await new Promise((resolve) => setTimeout(resolve, 30));
        runs += 1;
        concurrent -= 1;
      },
      10,
      () => {},
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await task.stop();
    const stoppedAt = runs;
    expect(stoppedAt).toBeGreaterThanOrEqual(2);
    expect(maxConcurrent).toBe(1);
    expect(concurrent).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(runs).toBe(stoppedAt);
  });

  it('keeps running after a failed run', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const task = startPeriodic(
      async () => {
        calls += 1;
        throw new Error('boom');
      },
      5,
      (error) => errors.push(error),
    );
    await new Promise((resolve) => setTimeout(resolve, 80));
    await task.stop();
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(errors.length).toBe(calls);
  });
});
