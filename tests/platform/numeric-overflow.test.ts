// The runner's safety net: a numeric overflow (SQLSTATE 22003) that slipped past validation comes back
// as the payload error OUT_OF_RANGE, logged as a warning, with the whole transaction rolled back; and
// every payload error enum knows OUT_OF_RANGE, so the typed code never meets a value it does not know.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEnumType } from 'graphql';
import { systemActor, type Actor } from '../../src/platform/actor.js';
import { runCommand } from '../../src/platform/command.js';
import { tenantClient } from '../../src/platform/db/tenant-client.js';
import { RUNNER_ERROR_CODES } from '../../src/platform/errors.js';
import { createLogger } from '../../src/platform/logger.js';
import { recordAudit } from '../../src/platform/audit.js';
import { toDbDate } from '../../src/platform/dates.js';
import { getSchema } from '../../src/schema/index.js';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';

let t: TestApp;
let org: TestOrg;
let actor: Actor;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Overflow Net');
  actor = { ...systemActor(org.organizationId, 'Overflow tester'), requestId: 'req-overflow' };
});
afterAll(() => t.close());

function capture() {
  const lines: Record<string, unknown>[] = [];
  return { lines, logger: createLogger('warn', (line) => lines.push(JSON.parse(line))) };
}

async function rates() {
  return t.db.prisma.exchangeRate.findMany({
    where: { organizationId: org.organizationId },
    select: { currency: true, rate: true },
  });
}

describe('a numeric overflow reaching the database', () => {
  const cases: [string, Parameters<typeof runCommand>[3]][] = [
    [
      'through the Prisma client',
      async (tx) => {
        await tx.exchangeRate.create({
          data: { organizationId: org.organizationId, currency: 'USD', date: toDbDate('2026-01-01'), rate: '0.9' },
        });
        await recordAudit(tx, actor, {
          action: 'doomed',
          entityType: 'ExchangeRate',
          entityId: 'USD',
          after: { rate: '0.9' },
        });
        await tx.exchangeRate.create({
          data: {
            organizationId: org.organizationId,
            currency: 'CHF',
            date: toDbDate('2026-01-01'),
            rate: '99999999999',
          },
        });
      },
    ],
    [
      'through raw SQL',
      async (tx) => {
        await tx.exchangeRate.create({
          data: { organizationId: org.organizationId, currency: 'USD', date: toDbDate('2026-01-02'), rate: '0.9' },
        });
        await tx.$executeRaw`
          INSERT INTO "ExchangeRate" ("organizationId", "currency", "date", "rate")
          VALUES (${org.organizationId}::uuid, 'CHF', '2026-01-02'::date, ${'99999999999'}::numeric)`;
      },
    ],
  ];

  for (const [how, command] of cases) {
    it(`${how}: answers OUT_OF_RANGE, logs a warning and rolls everything back`, async () => {
      const { lines, logger } = capture();
      const audits = await t.db.prisma.auditLog.count({ where: { organizationId: org.organizationId } });
      const outcome = await runCommand(
        tenantClient(t.db.prisma, org.organizationId),
        actor,
        { operation: 'overflowTest', input: {}, logger },
        command,
      );
      expect(outcome).toEqual({
        ok: false,
        errors: [{ code: 'OUT_OF_RANGE', message: 'A number is too large to store', field: null }],
      });
      expect(await rates()).toEqual([]);
      expect(await t.db.prisma.auditLog.count({ where: { organizationId: org.organizationId } })).toBe(audits);
      expect(lines).toEqual([
        expect.objectContaining({
          level: 'warn',
          msg: 'numeric overflow reached the database',
          operation: 'overflowTest',
          requestId: 'req-overflow',
        }),
      ]);
    });
  }

  it('leaves other database errors to the server (masked)', async () => {
    const { lines, logger } = capture();
    const outcome = runCommand(
      tenantClient(t.db.prisma, org.organizationId),
      actor,
      { operation: 'brokenTest', input: {}, logger },
      async (tx) => {
        await tx.$executeRaw`SELECT * FROM "NoSuchTable"`;
      },
    );
    await expect(outcome).rejects.toThrow();
    expect(lines).toEqual([]);
  });
});

describe('payload error enums', () => {
  it('all have the codes the runner reports for any mutation', () => {
    const schema = getSchema();
    const enums = Object.values(schema.getTypeMap()).filter(
      (type) => isEnumType(type) && type.name.endsWith('ErrorCode'),
    );
    expect(enums.length).toBeGreaterThan(5);
    const missing = enums.flatMap((type) =>
      RUNNER_ERROR_CODES.filter((code) => !(isEnumType(type) && type.getValue(code))).map(
        (code) => `${type.name}.${code}`,
      ),
    );
    expect(missing).toEqual([]);
  });
});
