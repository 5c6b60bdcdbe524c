import autocannon from 'autocannon';
import { CYCLE_PLACEHOLDER, PREVIOUS_PLACEHOLDER, UNIQUE_PLACEHOLDER, type LoadRequest } from './scenarios/scenario.js';

// Runs in a child process (see load.ts) so that generating load does not take event-loop time
// from the server it measures.

export interface LoadJob {
  url: string;
  connections: number;
  duration: number;
  request: LoadRequest;
}

export interface LoadResult {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMeanMs: number;
  /** Responses the generator received. */
  responses: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** 2xx responses whose body carried GraphQL or payload errors. */
  errorBodies: number;
}

// A GraphQL error list with at least one entry, top-level or in a mutation payload; an empty
// payload list (`"errors":[]`) is success. Cheap enough to check on every response.
const ERROR_MARKER = '"errors":[{';

/** The value at a dotted path of a JSON answer, or '' when the answer has none there. */
function capture(text: string, path: string): string {
  try {
    let value: unknown = JSON.parse(text);
    for (const key of path.split('.')) value = (value as Record<string, unknown> | null)?.[key];
    return typeof value === 'string' ? value : '';
  } catch {
    return '';
  }
}

/** The request, then the follow-up with `{{previous}}` taken from the request's answer on the same connection. */
function withFollowUp(first: autocannon.Request, followUp: NonNullable<LoadRequest['followUp']>): autocannon.Request[] {
  return [
    { ...first, onResponse: (_status, text, context) => void (context.previous = capture(text, followUp.capture)) },
    {
      method: first.method,
      path: first.path,
      headers: first.headers,
      body: followUp.body,
      setupRequest: (raw, context) => ({
        ...raw,
        body: followUp.body.replaceAll(PREVIOUS_PLACEHOLDER, String(context.previous ?? '')),
      }),
    },
  ];
}

function run(job: LoadJob): Promise<LoadResult> {
  const { body, cycle, followUp, ...request } = job.request;
  let sequence = 0;
  const varies =
    body !== undefined &&
    (body.includes(UNIQUE_PLACEHOLDER) || (cycle !== undefined && body.includes(CYCLE_PLACEHOLDER)));
  const vary = (text: string) => {
    sequence += 1;
    const cycled = cycle?.length ? text.replaceAll(CYCLE_PLACEHOLDER, cycle[sequence % cycle.length]) : text;
    return cycled.replaceAll(UNIQUE_PLACEHOLDER, `${process.pid}-${sequence}`);
  };
  const unique = varies ? { setupRequest: (raw: autocannon.RawRequest) => ({ ...raw, body: vary(body) }) } : {};
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: job.url,
        connections: job.connections,
        duration: job.duration,
        requests: followUp
          ? withFollowUp({ ...request, body, ...unique }, followUp)
          : [{ ...request, body, ...unique }],
        verifyBody: (text) => !text.includes(ERROR_MARKER),
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          requestsPerSecond: result.requests.average,
          latencyP50Ms: result.latency.p50,
          latencyP99Ms: result.latency.p99,
          latencyMeanMs: result.latency.average,
          responses: result.requests.total,
          non2xx: result.non2xx,
          errors: result.errors,
          errorBodies: result.mismatches,
        });
      },
    );
  });
}

// A terminal's Ctrl-C reaches this process too; the parent decides when to stop it (with SIGTERM),
// and a parent that is gone leaves nothing to report to.
process.on('SIGINT', () => {});
process.on('disconnect', () => process.exit(0));

process.once('message', (job: LoadJob) => {
  run(job).then(
    (result) => process.send!({ result }, () => process.exit(0)),
    (error: Error) => process.send!({ error: error.message }, () => process.exit(1)),
  );
});
