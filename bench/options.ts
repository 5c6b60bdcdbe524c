import { parseArgs } from 'node:util';

export interface BenchOptions {
  customers: number;
  contactsPerCustomer: number;
  /** Posted journal lines for the ledger scenarios; undefined means the database's default. */
  journalLines?: number;
  /** Stocked products for the inventory scenarios; undefined means the database's default. */
  stockProducts?: number;
  /** Concurrent connections for every scenario; undefined means each scenario's own default (20 unless it says otherwise). */
  connections?: number;
  duration: number;
  warmup: number;
  rounds: number;
  /** PostgreSQL server to create the throwaway benchmark database on; undefined means in-memory PGlite. */
  databaseUrl?: string;
  scenarios: string[];
  json: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run bench -- [options]

  --customers N               customers to generate (default 10000; env BENCH_CUSTOMERS)
  --contacts-per-customer N   contacts per customer (default 3; env BENCH_CONTACTS_PER_CUSTOMER)
  --journal-lines N           posted journal lines for the ledger scenarios (default 1000000 on PostgreSQL,
                              50000 on PGlite; env BENCH_JOURNAL_LINES); generated only when a ledger scenario runs
  --stock-products N          stocked products (one level and one receipt each) for the inventory scenarios (default
                              100000 on PostgreSQL, 10000 on PGlite; env BENCH_STOCK_PRODUCTS); generated only when
                              an inventory scenario runs
  --connections N             concurrent connections of the load generator for every scenario (default: the
                              scenario's own, 20 for all so far; env BENCH_CONNECTIONS)
  --duration S                measured seconds per scenario (default 10; env BENCH_DURATION)
  --warmup S                  unmeasured seconds of load before each scenario (default 3; env BENCH_WARMUP)
  --rounds N                  measure every scenario N times, alternating, and report medians (default 1;
                              env BENCH_ROUNDS); use 3 or more on a machine others are using
  --database-url URL          PostgreSQL server; a fresh database unison_bench_<ts> is created on it and dropped
                              afterwards (default: env BENCH_DATABASE_URL or DATABASE_URL; neither: PGlite in memory)
  --scenario NAME             run only this scenario (repeatable; env BENCH_SCENARIO, comma-separated)
  --json                      print the results as JSON on stdout (progress still goes to stderr)
  --help                      show this text
`;

function integer(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be an integer of at least ${min}, got "${raw}"`);
  return value;
}

function optionalInteger(name: string, raw: string | undefined, min: number): number | undefined {
  return raw === undefined || raw === '' ? undefined : integer(name, raw, 0, min);
}

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      customers: { type: 'string' },
      'contacts-per-customer': { type: 'string' },
      'journal-lines': { type: 'string' },
      'stock-products': { type: 'string' },
      connections: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      'database-url': { type: 'string' },
      scenario: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const scenarios = values.scenario ?? (env.BENCH_SCENARIO ? env.BENCH_SCENARIO.split(',') : []);
  return {
    customers: integer('--customers', values.customers ?? env.BENCH_CUSTOMERS, 10_000, 1),
    contactsPerCustomer: integer(
      '--contacts-per-customer',
      values['contacts-per-customer'] ?? env.BENCH_CONTACTS_PER_CUSTOMER,
      3,
      0,
    ),
    journalLines:
      (values['journal-lines'] ?? env.BENCH_JOURNAL_LINES)
        ? integer('--journal-lines', values['journal-lines'] ?? env.BENCH_JOURNAL_LINES, 0, 2)
        : undefined,
    stockProducts: optionalInteger('--stock-products', values['stock-products'] ?? env.BENCH_STOCK_PRODUCTS, 1),
    connections: optionalInteger('--connections', values.connections ?? env.BENCH_CONNECTIONS, 1),
    duration: integer('--duration', values.duration ?? env.BENCH_DURATION, 10, 1),
    warmup: integer('--warmup', values.warmup ?? env.BENCH_WARMUP, 3, 0),
    rounds: integer('--rounds', values.rounds ?? env.BENCH_ROUNDS, 1, 1),
    databaseUrl: values['database-url'] || env.BENCH_DATABASE_URL || env.DATABASE_URL || undefined,
    scenarios: scenarios.map((name) => name.trim()).filter(Boolean),
    json: values.json ?? false,
    help: values.help ?? false,
  };
}
