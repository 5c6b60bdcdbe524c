import os from 'node:os';
import type { ScenarioResult } from './measure.js';

export interface Ratio {
  scenario: string;
  baseline: string;
  /** scenario req/s ÷ baseline req/s */
  ratio: number;
  /** baseline CPU ms/request ÷ scenario CPU ms/request: the same ratio as the server's cost sees it. */
  cpuRatio: number;
  minRatio: number;
  met: boolean;
}

export interface BenchReport {
  command: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string };
  database: string;
  scale: {
    customers: number;
    contactsPerCustomer: number;
    contacts: number;
    journalLines?: number;
    pendingApprovals?: number;
    stockProducts?: number;
  };
  durationSeconds: number;
  warmupSeconds: number;
  rounds: number;
  results: ScenarioResult[];
  ratios: Ratio[];
}

export function machine(): BenchReport['machine'] {
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

export function ratios(results: ScenarioResult[]): Ratio[] {
  return results.flatMap((baseline) => {
    const target = baseline.baselineOf && results.find((result) => result.name === baseline.baselineOf!.scenario);
    if (!target || !baseline.baselineOf) return [];
    const ratio = target.load.requestsPerSecond / baseline.load.requestsPerSecond;
    const { minRatio } = baseline.baselineOf;
    const cpuRatio = baseline.serverCpuMsPerRequest / target.serverCpuMsPerRequest;
    return [{ scenario: target.name, baseline: baseline.name, ratio, cpuRatio, minRatio, met: ratio >= minRatio }];
  });
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

function connectionsText(results: ScenarioResult[]): string {
  const counts = new Set(results.map((r) => r.connections));
  return counts.size === 1 ? `${[...counts][0]} connections` : 'connections per scenario as in the table';
}

/** Markdown, so the output can be pasted into BENCHMARKS.md as it is. */
export function renderReport(report: BenchReport): string {
  const { machine: m, scale } = report;
  const lines = [
    `Command: ${report.command}`,
    `Machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.platform}, Node ${m.node}`,
    `Database: ${report.database}`,
    `Data set: ${scale.customers} customers, ${scale.contacts} contacts (${scale.contactsPerCustomer} per customer)` +
      (scale.journalLines ? `, ${scale.journalLines} posted journal lines` : '') +
      (scale.pendingApprovals ? `, ${scale.pendingApprovals} approvals pending on one approver` : '') +
      (scale.stockProducts ? `, ${scale.stockProducts} stocked products (one level each)` : ''),
    `Load: ${connectionsText(report.results)}, ${report.warmupSeconds} s warm-up + ${report.durationSeconds} s measured per scenario` +
      (report.rounds > 1 ? `, ${report.rounds} alternating rounds (medians; sums for counts)` : ''),
    '',
    table(
      [
        'Scenario',
        'connections',
        'req/s',
        'p50 ms',
        'p99 ms',
        'requests',
        'non-2xx',
        'errors',
        'error bodies',
        'SQL/request',
        'server CPU ms/request',
        'load avg',
      ],
      report.results.map((r) => [
        r.name,
        String(r.connections),
        r.load.requestsPerSecond.toFixed(1),
        String(r.load.latencyP50Ms),
        String(r.load.latencyP99Ms),
        String(r.requests),
        String(r.load.non2xx),
        String(r.load.errors),
        String(r.load.errorBodies),
        r.sqlStatementsPerRequest.toFixed(2),
        r.serverCpuMsPerRequest.toFixed(2),
        r.loadAverage.toFixed(1),
      ]),
    ),
  ];
  if (report.rounds > 1) {
    lines.push(
      '',
      'req/s by round:',
      ...report.results.map(
        (r) => `- ${r.name}: ${r.requestsPerSecondByRound.map((rps) => rps.toFixed(1)).join(', ')}`,
      ),
    );
  }
  for (const result of report.results.filter((r) => r.probes)) {
    const probes = result.probes!;
    const constant = probes.every((probe) => probe.statements === probes[0].statements);
    lines.push(
      '',
      `SQL statements for one ${result.name} request: ${probes.map((p) => `${p.label} → ${p.statements}`).join(', ')}` +
        (probes.length > 1 ? ` (${constant ? 'independent of page size' : 'GROWS WITH PAGE SIZE'})` : ''),
    );
  }
  for (const result of report.results.filter((r) => r.checks)) {
    lines.push('', `Checks after ${result.name}:`, ...result.checks!.map((check) => `- ${check}`));
  }
  for (const r of report.ratios) {
    lines.push(
      '',
      `Ratio ${r.scenario} ÷ ${r.baseline} (req/s): ${r.ratio.toFixed(2)} (target ≥ ${r.minRatio}: ${r.met ? 'met' : 'NOT met'});` +
        ` by server CPU per request: ${r.cpuRatio.toFixed(2)}`,
    );
  }
  return lines.join('\n');
}
