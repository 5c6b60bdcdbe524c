import { isObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import '../domains.js';
import { builder } from './builder.js';
import './scalars.js';
import './platform.js';
import './crm.js';
import './purchasing.js';
import './ledger.js';
import './receivables.js';
import './receivables-reports.js';
import './purchase-orders.js';
import './purchase-order-bills.js';
import './inventory.js';
import './inventory-stock.js';
import './inventory-valuation.js';
import './hr.js';
import './hr-leave.js';
import './hr-expenses.js';
import './approvals.js';
import './inventory-reservations.js';
import './inventory-counts.js';
import './purchase-requests.js';
import './sales.js';
import './sales-inputs.js';
import '../resolvers/platform.js';
import '../resolvers/crm.js';
import '../resolvers/purchasing.js';
import '../resolvers/api-keys.js';
import '../resolvers/ledger.js';
import '../resolvers/receivables.js';
import '../resolvers/purchase-orders.js';
import '../resolvers/purchase-order-bills.js';
import '../resolvers/inventory.js';
import '../resolvers/inventory-locations.js';
import '../resolvers/inventory-stock.js';
import '../resolvers/inventory-valuation.js';
import '../resolvers/hr.js';
import '../resolvers/hr-leave.js';
import '../resolvers/hr-expenses.js';
import '../resolvers/approvals.js';
import '../resolvers/inventory-reservations.js';
import '../resolvers/inventory-counts.js';
import '../resolvers/purchase-requests.js';
import '../resolvers/sales.js';
import '../resolvers/quotes.js';
import '../resolvers/sales-orders.js';
import './shipments.js';
import '../resolvers/shipments.js';
import './sales-order-invoices.js';
import './sales-order-ledger.js';
import '../resolvers/sales-order-invoices.js';
import './sales-returns.js';
import '../resolvers/sales-returns.js';

builder.queryType({ description: 'Everything you can read. Every field checks your API key\'s organization and roles.' });
builder.mutationType({
  description: 'Everything you can change. Each mutation runs in one transaction, writes an audit record and emits domain events.',
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
    if (field && !field.description) field.description = 'Number of items in the whole list (all pages) that match the filter.';
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
