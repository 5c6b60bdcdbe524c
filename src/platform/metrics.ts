/**
 * Process-wide counters, exposed on GET /metrics in Prometheus text format.
 * Tests and benchmarks read `sqlStatements` to prove query counts stay constant.
 */
export const metrics = {
  sqlStatements: 0,
  httpRequests: 0,
  graphqlErrors: 0,
  /** Commands run again after a deadlock or serialization failure: work wasted on lock contention. */
  commandRetries: 0,
};

export function renderMetrics(): string {
  return [
    '# HELP unison_sql_statements_total SQL statements sent to the database.',
    '# TYPE unison_sql_statements_total counter',
    `unison_sql_statements_total ${metrics.sqlStatements}`,
    '# HELP unison_http_requests_total HTTP requests received.',
    '# TYPE unison_http_requests_total counter',
    `unison_http_requests_total ${metrics.httpRequests}`,
    '# HELP unison_graphql_errors_total GraphQL responses that carried top-level errors.',
    '# TYPE unison_graphql_errors_total counter',
    `unison_graphql_errors_total ${metrics.graphqlErrors}`,
    '# HELP unison_command_retries_total Commands retried after a deadlock or serialization failure.',
    '# TYPE unison_command_retries_total counter',
    `unison_command_retries_total ${metrics.commandRetries}`,
    '',
  ].join('\n');
}
