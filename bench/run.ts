import { createApp } from '../src/http/app.js';
import { loadConfig } from '../src/platform/config.js';
import { createLogger } from '../src/platform/logger.js';
import { InterruptedError } from '../src/platform/progress.js';
import { openBenchDatabase } from './bench-database.js';
import { generateDataSet } from './generate.js';
import { generateLedger } from './ledger-data.js';
import { generateApprovals } from './approvals-data.js';
import { connectionsFor, measureScenarios, type ScenarioResult } from './measure.js';
import { generateStock } from './stock-data.js';
import { USAGE, parseOptions, type BenchOptions } from './options.js';
import { machine, ratios, renderReport, type BenchReport } from './report.js';
import { SCENARIOS } from './scenarios/index.js';
import type { BenchContext, BenchRoute, Scenario } from './scenarios/scenario.js';
import { startBenchServer, type BenchServer } from './server.js';

const log = (line: string) => process.stderr.write(`${line}\n`);

function selectScenarios(names: string[]): Scenario[] {
  if (names.length === 0) return [...SCENARIOS];
  const known = new Map(SCENARIOS.map((scenario) => [scenario.name, scenario]));
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(`Unknown scenario ${unknown.join(', ')}; known: ${[...known.keys()].join(', ')}`);
  }
  return SCENARIOS.filter((scenario) => names.includes(scenario.name));
}

/** The command as typed, for BENCHMARKS.md, with any password in a database URL masked. */
function commandLine(argv: string[]): string {
  const args = argv.map((arg) => arg.replace(/\/\/([^:/@]+):[^@/]+@/, '//$1:***@'));
  const viaNpm = process.env.npm_lifecycle_event === 'bench';
  const base = viaNpm ? 'npm run bench' : 'node --import tsx bench/run.ts';
  if (args.length === 0) return base;
  return `${base}${viaNpm ? ' --' : ''} ${args.join(' ')}`;
}

/** Results that mean the numbers measure failures rather than work. */
function problems(results: ScenarioResult[]): string[] {
  return results.flatMap((r) => [
    ...(r.load.non2xx > 0 ? [`${r.name}: ${r.load.non2xx} non-2xx responses`] : []),
    ...(r.load.errors > 0 ? [`${r.name}: ${r.load.errors} connection errors or timeouts`] : []),
    ...(r.load.errorBodies > 0 ? [`${r.name}: ${r.load.errorBodies} responses carried errors`] : []),
    ...(r.probes && new Set(r.probes.map((p) => p.statements)).size > 1
      ? [`${r.name}: SQL statements grow with page size`]
      : []),
  ]);
}

// npm relays a terminal's Ctrl-C to its child, which already received it from the terminal, so one
// key press can arrive as two signals within milliseconds.
const DUPLICATE_SIGNAL_MS = 1_000;

/** Ctrl-C stops the current step and still drops the benchmark database; a second Ctrl-C quits at once. */
function handleInterrupts(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  let firstAt = 0;
  const onSignal = () => {
    if (!controller.signal.aborted) {
      firstAt = Date.now();
      log('Interrupted: stopping and cleaning up (Ctrl-C again to quit at once)');
      controller.abort();
    } else if (Date.now() - firstAt > DUPLICATE_SIGNAL_MS) {
      log('Quitting without cleaning up: a unison_bench_* database may be left on the server.');
      process.exit(130);
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

async function bench(options: BenchOptions, scenarios: Scenario[], signal: AbortSignal): Promise<BenchReport> {
  if (!options.databaseUrl) {
    log(
      'No --database-url, BENCH_DATABASE_URL or DATABASE_URL: using PGlite in memory. It has one connection, so it serves requests one at a time.',
    );
  }
  // One connection per concurrent request, plus a few for the occasional second connection a request opens.
  const connections = Math.max(...scenarios.map((scenario) => connectionsFor(scenario, options.connections)));
  const database = await openBenchDatabase(options.databaseUrl, connections + 5);
  let server: BenchServer | undefined;
  try {
    log(`Database: ${database.description}`);
    if (signal.aborted) throw new InterruptedError();
    const dataSet = await generateDataSet(database.db, options);
    if (signal.aborted) throw new InterruptedError();
    // PGlite holds everything in memory and runs the inserts single-threaded in WASM.
    const journalLines = options.journalLines ?? (options.databaseUrl ? 1_000_000 : 50_000);
    const ledger = scenarios.some((scenario) => scenario.needsLedger)
      ? await generateLedger(database.db, dataSet.organizationId, journalLines)
      : undefined;
    const approvals = scenarios.some((scenario) => scenario.needsApprovals)
      ? await generateApprovals(database.db, dataSet.organizationId, 10_000)
      : undefined;
    if (signal.aborted) throw new InterruptedError();
    const stockProducts = options.stockProducts ?? (options.databaseUrl ? 100_000 : 10_000);
    const stock = scenarios.some((scenario) => scenario.needsStock)
      ? await generateStock(database.db, dataSet.organizationId, stockProducts)
      : undefined;
    if (signal.aborted) throw new InterruptedError();
    const config = {
      ...loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: process.env.NODE_ENV }),
      databaseUrl: options.databaseUrl,
      dataDir: 'memory://',
    };
    const app = createApp({ db: database.db, config, logger: createLogger('silent') });
    const routes: Record<string, BenchRoute> = Object.assign({}, ...scenarios.map((scenario) => scenario.routes ?? {}));
    server = await startBenchServer(app, database.db, routes);
    const ctx: BenchContext = {
      baseUrl: server.baseUrl,
      apiKey: dataSet.apiKey,
      organizationId: dataSet.organizationId,
      db: database.db,
      customers: dataSet.customers,
      contactsPerCustomer: options.contactsPerCustomer,
      ledger,
      approvals,
      stock,
    };
    const results = await measureScenarios(scenarios, ctx, server, { ...options, signal, log });
    return {
      command: commandLine(process.argv.slice(2)),
      machine: machine(),
      database: database.description,
      scale: {
        customers: dataSet.customers,
        contactsPerCustomer: options.contactsPerCustomer,
        contacts: dataSet.contacts,
        journalLines: ledger?.lines,
        pendingApprovals: approvals?.pending,
        stockProducts: stock?.products,
      },
      durationSeconds: options.duration,
      warmupSeconds: options.warmup,
      rounds: options.rounds,
      results,
      ratios: ratios(results),
    };
  } finally {
    await server?.close();
    await database.close();
  }
}

async function main() {
  let options: BenchOptions;
  let scenarios: Scenario[];
  try {
    options = parseOptions(process.argv.slice(2), process.env);
    scenarios = selectScenarios(options.scenarios);
  } catch (error) {
    log(`${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }
  const interrupts = handleInterrupts();
  try {
    const report = await bench(options, scenarios, interrupts.signal);
    if (options.json) {
      log(renderReport(report));
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      process.stdout.write(`${renderReport(report)}\n`);
    }
    const found = problems(report.results);
    if (found.length > 0) {
      log(`\nThe figures are not trustworthy:\n  ${found.join('\n  ')}`);
      process.exitCode = 1;
    }
  } catch (error) {
    if (!(error instanceof InterruptedError)) throw error;
    log('Interrupted; the benchmark data set is gone (database dropped, or in-memory PGlite closed).');
    process.exitCode = 130;
  } finally {
    interrupts.dispose();
  }
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
