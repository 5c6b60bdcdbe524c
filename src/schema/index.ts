import { isObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import '../domains.js';
import { builder } from './builder.js';
import './scalars.js';
import './platform/platform.js';
import './crm/crm.js';
import './purchasing/purchasing.js';
import './ledger/ledger.js';
import './ledger/receivables.js';
import './ledger/receivables-reports.js';
import './purchasing/orders.js';
import './purchasing/order-bills.js';
import './inventory/inventory.js';
import './inventory/stock.js';
import './inventory/valuation.js';
import './hr/hr.js';
import './hr/leave.js';
import './hr/expenses.js';
import './approvals/approvals.js';
import './inventory/reservations.js';
import './inventory/counts.js';
import './purchasing/requests.js';
import './sales/sales.js';
import './sales/inputs.js';
import '../resolvers/platform/platform.js';
import '../resolvers/crm/crm.js';
import '../resolvers/purchasing/purchasing.js';
import '../resolvers/platform/api-keys.js';
import '../resolvers/ledger/ledger.js';
import '../resolvers/ledger/receivables.js';
import '../resolvers/purchasing/orders.js';
import '../resolvers/purchasing/order-bills.js';
import '../resolvers/inventory/inventory.js';
import '../resolvers/inventory/locations.js';
import '../resolvers/inventory/stock.js';
import '../resolvers/inventory/valuation.js';
import '../resolvers/hr/hr.js';
import '../resolvers/hr/leave.js';
import '../resolvers/hr/expenses.js';
import '../resolvers/approvals/approvals.js';
import '../resolvers/inventory/reservations.js';
import '../resolvers/inventory/counts.js';
import '../resolvers/purchasing/requests.js';
import '../resolvers/sales/sales.js';
import '../resolvers/sales/quotes.js';
import '../resolvers/sales/orders.js';
import './sales/shipments.js';
import '../resolvers/sales/shipments.js';
import './sales/order-invoices.js';
import './sales/order-ledger.js';
import '../resolvers/sales/order-invoices.js';
import './sales/returns.js';
import '../resolvers/sales/returns.js';

builder.queryType({
  description: "Everything you can read. Every field checks your API key's organization and roles.",
});
builder.mutationType({
  description:
    'Everything you can change. Each mutation runs in one transaction, writes an audit record and emits domain events.',
});

let schema: GraphQLSchema | undefined;

/**
 * The Prisma plugin adds `totalCount` to connections without a description and no option to
 * give one; documenting it here keeps every connection's field identical.
 */
function describeTotalCounts(built: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(built.getTypeMap())) {
    if (!isObjectType(type) || !type.name.endsWith('Connection')) continue;
    const field = type.getFields().totalCount;
    if (field && !field.description)
      field.description = 'Number of items in the whole list (all pages) that match the filter.';
  }
  return built;
}

export function getSchema(): GraphQLSchema {
  schema ??= describeTotalCounts(builder.toSchema({ sortSchema: false }));
  return schema;
}

/** The SDL committed as schema.graphql, sorted so diffs show real changes only. */
export function printSchemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(getSchema()))}\n`;
}
