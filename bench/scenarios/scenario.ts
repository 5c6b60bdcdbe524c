import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '../../src/platform/db/database.js';
import type { ApprovalsDataSet } from '../approvals-data.js';
import type { LedgerDataSet } from '../ledger-data.js';
import type { StockDataSet } from '../stock-data.js';

/** One HTTP request as the load generator sends it; `{{unique}}` in the body becomes a value unique to each request. */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Values `{{cycle}}` in the body takes in turn, one per request (e.g. the products writes are spread over). */
  cycle?: string[];
  /**
   * A second request the same connection sends after each answer to this one (a create, then a command
   * on what it created); `{{previous}}` in its body becomes the value at `capture`, a dotted path into
   * the first answer's JSON. Both count as requests.
   */
  followUp?: { body: string; capture: string };
}

export const UNIQUE_PLACEHOLDER = '{{unique}}';
export const CYCLE_PLACEHOLDER = '{{cycle}}';
export const PREVIOUS_PLACEHOLDER = '{{previous}}';

/** Connections a scenario runs at unless --connections says otherwise. */
export const DEFAULT_CONNECTIONS = 20;

export interface BenchContext {
  /** Where the in-process server listens, e.g. http://127.0.0.1:40123 */
  baseUrl: string;
  /** Secret of the organization's ADMIN key. */
  apiKey: string;
  organizationId: string;
  db: Database;
  customers: number;
  contactsPerCustomer: number;
  /** Present when a selected scenario needs the ledger data set. */
  ledger?: LedgerDataSet;
  /** Present when a selected scenario needs the approvals data set. */
  approvals?: ApprovalsDataSet;
  /** Present when a selected scenario needs the stocked products. */
  stock?: StockDataSet;
}

/** A node:http route the bench server answers itself, next to the app: baselines live here, not in src/. */
export type BenchRoute = (req: IncomingMessage, res: ServerResponse, db: Database) => Promise<void>;

export interface StatementProbe {
  label: string;
  request: LoadRequest;
}

export interface Scenario {
  name: string;
  description: string;
  /** Generating a million journal lines takes a while, so only runs that include such a scenario pay for it. */
  needsLedger?: boolean;
  /** An approver with 10,000 pending requests, generated only for runs that include such a scenario. */
  needsApprovals?: boolean;
  /** Stocked products with their levels (--stock-products), generated only for runs that include such a scenario. */
  needsStock?: boolean;
  /** Concurrent connections when --connections is not given; default DEFAULT_CONNECTIONS. */
  connections?: number;
  /** Extra routes, by path, that this scenario's requests need. */
  routes?: Record<string, BenchRoute>;
  /**
   * For a hand-written baseline: the scenario it is the baseline of, so the report prints
   * that scenario's req/s divided by the baseline's, and the least ratio the project accepts.
   */
  baselineOf?: { scenario: string; minRatio: number };
  request(ctx: BenchContext): LoadRequest;
  /** Sends one request before the load and throws unless the answer is the expected data. */
  preflight(ctx: BenchContext): Promise<void>;
  /**
   * Requests that differ only in size, each counted on its own: equal statement counts prove
   * that the number of SQL statements does not grow with the page (no N+1).
   */
  statementProbes?(ctx: BenchContext): StatementProbe[];
  /**
   * Runs after the measured load and describes what it found, one line each; throws when the data
   * the load left behind is wrong (for writes: invariants a benchmark must not break).
   */
  verify?(ctx: BenchContext): Promise<string[]>;
}
