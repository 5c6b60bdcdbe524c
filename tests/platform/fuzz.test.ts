// Schema-driven fuzzing (issue 21): every mutation and every query field with arguments, called over
// HTTP with arguments generated from schema.graphql's input types, valid-looking and hostile.
//
//   npm test                 FUZZ_RUNS cases per operation (default 3), fixed seed
//   npm run fuzz             200 cases per operation
//   FUZZ_SEED=7 FUZZ_ONLY=customerCreate,products npx vitest run tests/platform/fuzz.test.ts
//   FUZZ_SHRINK=1   let fast-check shrink a failing case (slow: every step is an HTTP call)
//   FUZZ_COUNT_EVERY=n   count rows around every n-th mutation case only (default every one)
//
// Each operation has its own seed, derived from FUZZ_SEED and its name, so FUZZ_ONLY replays the same
// cases; the records they point at differ only by what earlier operations created.
//
// Each case must hold: (a) no HTTP 5xx and no INTERNAL_SERVER_ERROR; (b) a payload error's `field`
// names a path into the operation's arguments; (c) a mutation that answered with errors changed no
// row of any table.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization } from '../../src/platform/organizations.js';
import { createTestApp, type GraphQLResponse, type TestApp } from '../support/app.js';
import { argsArb, type IdPool } from './fuzz/arbitraries.js';
import { seedFuzzData } from './fuzz/seed.js';
import {
  badFieldPath,
  buildIdPool,
  CATEGORIES,
  countRows,
  describeCase,
  diffCounts,
  isInternal,
  loadSchema,
  operations,
  payloadErrors,
  sanitizeVariables,
  tenantTables,
  type Category,
  type Operation,
} from './fuzz/driver.js';

const RUNS = Number(process.env.FUZZ_RUNS || 3);
const SEED = Number(process.env.FUZZ_SEED || 21);
const ONLY = process.env.FUZZ_ONLY ? process.env.FUZZ_ONLY.split(',') : null;
/** Count rows around every n-th mutation case (1 = all). */
const COUNT_EVERY = Number(process.env.FUZZ_COUNT_EVERY || 1);

/**
 * TEMPORARY, and empty since main fixed control characters, broken surrogates, impossible dates,
 * oversized filters and numeric overflow (issue 21): hostile-input categories whose masked internal
 * errors are being fixed elsewhere. A masked internal error that goes away when only that category's
 * values are made harmless is then recorded and printed, not failed. Keep it empty.
 */
const KNOWN: Partial<Record<Category, string>> = {};

const schema = loadSchema();
const ops = operations(schema).filter((op) => !ONLY || ONLY.includes(op.field.name));

function seedFor(name: string): number {
  let h = SEED | 0;
  for (const c of name) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return h;
}

describe('schema-driven fuzzing', () => {
  let t: TestApp;
  let key: string;
  let orgs: string[];
  let tables: string[];
  let pool: IdPool;
  let refreshPool: () => Promise<void>;
  let operationsRun = 0;
  /** Row counts as of the last check, while no mutation has succeeded since. */
  let snapshot: Record<string, number> | undefined;
  let mutationCases = 0;
  const knownHits = new Map<string, { operations: Set<string>; example: string }>();
  /** How cases ended: `ok`, `payload:<code>` or `top:<extensions.code>`, to see how far past validation they get. */
  const outcomes = new Map<string, number>();
  const okOperations = new Set<string>();
  const started = Date.now();

  beforeAll(async () => {
    // The detail of a masked error goes into the failure message, for whoever reproduces it.
    t = await createTestApp({ debugErrors: true });
    // Two organizations with real records of every kind.
    const a = await createOrganization(t.db.prisma, { name: 'Fuzz Org A', baseCurrency: 'EUR' }, seedFuzzData);
    const b = await createOrganization(t.db.prisma, { name: 'Fuzz Org B', baseCurrency: 'EUR' }, (tx, actor) =>
      seedFuzzData(tx, actor, false),
    );
    process.stderr.write(
      `fuzz: set up (database, two seeded organizations) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    key = a.apiKey.secret;
    orgs = [a.organizationId, b.organizationId];
    tables = await tenantTables(t.db);
    // The fuzzer's own key stays out of the pool, so apiKeyRevoke cannot cut the branch it sits on.
    refreshPool = async () => {
      pool = await buildIdPool(t.db, schema, a.organizationId, b.organizationId, [a.apiKey.id, b.apiKey.id]);
    };
    await refreshPool();
  });

  afterAll(async () => {
    const lines = [...knownHits.entries()].map(
      ([category, hit]) =>
        `  ${category} (${hit.operations.size} operations: ${[...hit.operations].slice(0, 12).join(', ')}${hit.operations.size > 12 ? ', …' : ''})\n${hit.example.replace(/^/gm, '    ')}`,
    );
    const tally = [...outcomes.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([outcome, n]) => `${outcome} ${n}`)
      .join(', ');
    process.stderr.write(
      `\nfuzz: ${okOperations.size} of ${ops.length} operations answered without errors at least once; outcomes: ${tally}\n`,
    );
    process.stderr.write(
      `\nfuzz: ${ops.length} operations × ${RUNS} cases, seed ${SEED}, ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
        `${knownHits.size ? `KNOWN defects hit (temporary list):\n${lines.join('\n')}` : 'no KNOWN defect hit'}\n`,
    );
    await t.close();
  });

  const call = (op: Operation, variables: Record<string, unknown>) => t.gql(key, op.document, variables);

  /** The KNOWN category a masked internal error falls in: making only that category harmless makes it go away. */
  async function triage(op: Operation, variables: Record<string, unknown>): Promise<string | null> {
    const present = CATEGORIES.filter((c) => sanitizeVariables(op, variables, [c]).changed);
    if (present.length === 0) return null;
    snapshot = undefined;
    for (const category of present) {
      if (!isInternal(await call(op, sanitizeVariables(op, variables, [category]).variables))) return category;
    }
    if (present.length > 1 && !isInternal(await call(op, sanitizeVariables(op, variables, present).variables)))
      return present.join('+');
    return null;
  }

  async function runCase(op: Operation, variables: Record<string, unknown>): Promise<string | null> {
    const mutation = op.kind === 'mutation';
    const counting = mutation && mutationCases++ % COUNT_EVERY === 0;
    const before = counting ? (snapshot ?? (await countRows(t.db, tables, orgs))) : undefined;
    const response: GraphQLResponse = await call(op, variables);
    const problems: string[] = [];

    const errors = payloadErrors(op, response);
    const outcome = response.errors?.length
      ? `top:${response.errors[0]!.extensions?.code ?? 'none'}`
      : errors.length
        ? `payload:${errors[0]!.code ?? 'none'}`
        : 'ok';
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    if (outcome === 'ok') okOperations.add(op.field.name);
    // Row counts first: the triage below calls the operation again, and those calls may succeed.
    if (mutation) {
      const failed = (response.errors?.length ?? 0) > 0 || errors.length > 0 || !response.data?.[op.field.name];
      if (failed && before) {
        const after = await countRows(t.db, tables, orgs);
        const changed = diffCounts(before, after);
        if (changed.length > 0) problems.push(`answered with errors but changed rows: ${changed.join(', ')}`);
        snapshot = after;
      } else {
        snapshot = undefined;
      }
    }

    if (isInternal(response)) {
      const category = await triage(op, variables);
      const known = category?.split('+').every((c) => KNOWN[c as Category]);
      if (category && known) {
        const hit = knownHits.get(category) ?? {
          operations: new Set<string>(),
          example: describeCase(op, variables, response, 'internal error'),
        };
        hit.operations.add(op.field.name);
        knownHits.set(category, hit);
      } else {
        problems.push(`masked internal error or HTTP 5xx${category ? ` (category ${category}, not in KNOWN)` : ''}`);
      }
    }

    for (const error of errors) {
      if (!error.field) continue;
      const bad = badFieldPath(op, error.field);
      if (bad) problems.push(`payload error ${error.code} has field ${JSON.stringify(error.field)}: ${bad}`);
    }

    return problems.length ? describeCase(op, variables, response, problems.join('; ')) : null;
  }

  it.each(ops.map((op) => [`${op.kind} ${op.field.name}`, op] as const))('%s', async (_name, op) => {
    // Now and then, point at the records the operations so far have created too (orders, counts, returns...).
    if (++operationsRun % 15 === 0) await refreshPool();
    let failure: string | null = null;
    const details = await fc.check(
      fc.asyncProperty(argsArb(op.field.args, op.field.name, pool, op.entityType), async ({ variables }) => {
        const problem = await runCase(op, variables);
        if (problem) failure = problem;
        return problem === null;
      }),
      { seed: seedFor(op.field.name), numRuns: RUNS, endOnFailure: !process.env.FUZZ_SHRINK },
    );
    if (details.failed) {
      const error = details.errorInstance && !failure ? `\n  thrown: ${String(details.errorInstance)}` : '';
      expect.fail(
        `${failure ?? 'property failed'}${error}\n  reproduce: FUZZ_SEED=${SEED} FUZZ_ONLY=${op.field.name} FUZZ_RUNS=${RUNS} npx vitest run tests/platform/fuzz.test.ts`,
      );
    }
  });
});
