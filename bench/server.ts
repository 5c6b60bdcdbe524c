import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../src/http/app.js';
import type { Database } from '../src/platform/db/database.js';
import type { BenchRoute } from './scenarios/scenario.js';

export interface BenchServer {
  baseUrl: string;
  /** Requests whose handler has finished (including its SQL), since start. */
  completed(): number;
  /** Resolves once no handler is running, so counters read afterwards include all of a run's work. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** The app's own node handler on 127.0.0.1, plus the scenarios' extra routes in front of it. */
export async function startBenchServer(
  app: App,
  db: Database,
  routes: Record<string, BenchRoute>,
): Promise<BenchServer> {
  let running = 0;
  let completed = 0;
  let waiters: (() => void)[] = [];
  const finished = () => {
    running -= 1;
    completed += 1;
    if (running === 0) {
      for (const wake of waiters) wake();
      waiters = [];
    }
  };
  const serveRoute = async (route: BenchRoute, req: http.IncomingMessage, res: http.ServerResponse) => {
    try {
      await route(req, res, db);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
    }
  };
  const server = http.createServer((req, res) => {
    running += 1;
    const route = routes[(req.url ?? '/').split('?')[0]];
    void (route ? serveRoute(route, req, res) : app.handle(req, res)).finally(finished);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    completed: () => completed,
    idle: () => (running === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
