import os from 'node:os';
import { metrics } from '../src/platform/metrics.js';
import { InterruptedError } from '../src/platform/progress.js';
import { runLoad } from './load.js';
import type { LoadResult } from './load-generator.js';
import { send } from './scenarios/graphql.js';
import { DEFAULT_CONNECTIONS, type BenchContext, type Scenario, type StatementProbe } from './scenarios/scenario.js';
import type { BenchServer } from './server.js';

export interface ProbeResult {
  label: string;
  statements: number;
}

/** One measured run of one scenario. */
export interface RunResult {
  load: LoadResult;
  /** Requests the server finished during the run, including those still running when the generator stopped. */
  requests: number;
  sqlStatements: number;
  /** CPU time of this process (server and driver, all threads); PostgreSQL's own CPU is not included. */
  cpuMs: number;
  /** The machine's 1-minute load average when the run ended: above its CPU count, others competed for the CPUs. */
  loadAverage: number;
}

export interface ScenarioResult {
  name: string;
  description: string;
  baselineOf?: Scenario['baselineOf'];
  /** Concurrent connections of the load generator. */
  connections: number;
  /** Medians over the rounds for rates and latencies; sums for counts. */
  load: LoadResult;
  requests: number;
  sqlStatementsPerRequest: number;
  /** Steadier than req/s on a shared machine: other processes' load changes it far less. */
  serverCpuMsPerRequest: number;
  loadAverage: number;
  /** req/s of each round, to show how much the figures moved. */
  requestsPerSecondByRound: number[];
  probes?: ProbeResult[];
  /** What the scenario's verify step found after the load. */
  checks?: string[];
}

export interface MeasureSettings {
  /** For every scenario; undefined means each scenario's own. */
  connections?: number;
  duration: number;
  warmup: number;
  rounds: number;
  signal: AbortSignal;
  log: (line: string) => void;
}

export function connectionsFor(scenario: Scenario, connections: number | undefined): number {
  return connections ?? scenario.connections ?? DEFAULT_CONNECTIONS;
}

function checkInterrupted(signal: AbortSignal): void {
  if (signal.aborted) throw new InterruptedError();
}

/** SQL statements one request costs, counted alone on an otherwise idle server. */
async function countStatements(ctx: BenchContext, server: BenchServer, probe: StatementProbe): Promise<number> {
  // Unmeasured first: it absorbs one-off work such as the API key's periodic lastUsedAt write.
  await send(ctx, probe.request);
  await server.idle();
  const before = metrics.sqlStatements;
  await send(ctx, probe.request);
  await server.idle();
  return metrics.sqlStatements - before;
}

/** Checks the scenario answers correctly, counts its probes and warms the code paths up. */
async function prepare(
  scenario: Scenario,
  ctx: BenchContext,
  server: BenchServer,
  settings: MeasureSettings,
): Promise<ProbeResult[]> {
  await scenario.preflight(ctx);
  const probes: ProbeResult[] = [];
  for (const probe of scenario.statementProbes?.(ctx) ?? []) {
    checkInterrupted(settings.signal);
    probes.push({ label: probe.label, statements: await countStatements(ctx, server, probe) });
  }
  if (settings.warmup > 0) {
    settings.log(`  warming up for ${settings.warmup} s`);
    const connections = connectionsFor(scenario, settings.connections);
    await runLoad(
      { url: server.baseUrl, connections, duration: settings.warmup, request: scenario.request(ctx) },
      settings.signal,
    );
    await server.idle();
  }
  return probes;
}

async function measureRun(
  scenario: Scenario,
  ctx: BenchContext,
  server: BenchServer,
  settings: MeasureSettings,
): Promise<RunResult> {
  const connections = connectionsFor(scenario, settings.connections);
  settings.log(`  measuring for ${settings.duration} s at ${connections} connections`);
  const statementsBefore = metrics.sqlStatements;
  const completedBefore = server.completed();
  const cpuBefore = process.cpuUsage();
  const load = await runLoad(
    { url: server.baseUrl, connections, duration: settings.duration, request: scenario.request(ctx) },
    settings.signal,
  );
  // Requests still running when the generator stopped finish here and are counted with their SQL.
  await server.idle();
  const cpu = process.cpuUsage(cpuBefore);
  return {
    load,
    requests: server.completed() - completedBefore,
    sqlStatements: metrics.sqlStatements - statementsBefore,
    cpuMs: (cpu.user + cpu.system) / 1000,
    loadAverage: os.loadavg()[0],
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function combine(scenario: Scenario, connections: number, probes: ProbeResult[], runs: RunResult[]): ScenarioResult {
  const sum = (pick: (run: RunResult) => number) => runs.reduce((total, run) => total + pick(run), 0);
  const middle = (pick: (run: RunResult) => number) => median(runs.map(pick));
  const requests = sum((run) => run.requests);
  const perRequest = (total: number) => (requests === 0 ? 0 : total / requests);
  return {
    name: scenario.name,
    description: scenario.description,
    baselineOf: scenario.baselineOf,
    connections,
    load: {
      requestsPerSecond: middle((run) => run.load.requestsPerSecond),
      latencyP50Ms: middle((run) => run.load.latencyP50Ms),
      latencyP99Ms: middle((run) => run.load.latencyP99Ms),
      latencyMeanMs: middle((run) => run.load.latencyMeanMs),
      responses: sum((run) => run.load.responses),
      non2xx: sum((run) => run.load.non2xx),
      errors: sum((run) => run.load.errors),
      errorBodies: sum((run) => run.load.errorBodies),
    },
    requests,
    sqlStatementsPerRequest: perRequest(sum((run) => run.sqlStatements)),
    serverCpuMsPerRequest: perRequest(sum((run) => run.cpuMs)),
    loadAverage: middle((run) => run.loadAverage),
    requestsPerSecondByRound: runs.map((run) => run.load.requestsPerSecond),
    probes: probes.length > 0 ? probes : undefined,
  };
}

/**
 * Runs every scenario once per round, alternating them, so that a shared machine's changing
 * load affects a scenario and its baseline alike; preflight, probes and warm-up run once.
 */
export async function measureScenarios(
  scenarios: Scenario[],
  ctx: BenchContext,
  server: BenchServer,
  settings: MeasureSettings,
): Promise<ScenarioResult[]> {
  const probes = new Map<string, ProbeResult[]>();
  const runs = new Map<string, RunResult[]>(scenarios.map((scenario) => [scenario.name, []]));
  for (let round = 1; round <= settings.rounds; round += 1) {
    for (const scenario of scenarios) {
      checkInterrupted(settings.signal);
      const roundLabel = settings.rounds > 1 ? ` (round ${round} of ${settings.rounds})` : '';
      settings.log(`${scenario.name}${roundLabel}: ${scenario.description}`);
      if (round === 1) probes.set(scenario.name, await prepare(scenario, ctx, server, settings));
      runs.get(scenario.name)!.push(await measureRun(scenario, ctx, server, settings));
    }
  }
  const checks = new Map<string, string[]>();
  for (const scenario of scenarios.filter((s) => s.verify)) {
    checks.set(scenario.name, await scenario.verify!(ctx));
  }
  return scenarios.map((scenario) => ({
    ...combine(
      scenario,
      connectionsFor(scenario, settings.connections),
      probes.get(scenario.name) ?? [],
      runs.get(scenario.name)!,
    ),
    checks: checks.get(scenario.name),
  }));
}
