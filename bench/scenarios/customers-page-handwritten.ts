import { isDeepStrictEqual } from 'node:util';
import { HANDWRITTEN_CUSTOMERS_PATH, handwrittenCustomersPage } from '../handwritten-customers.js';
import { expectData, send } from './graphql.js';
import {
  CONTACTS_PER_PAGE,
  PAGE_SIZE,
  checkCustomersPage,
  customersPageRequest,
  type CustomersPageData,
} from './customers-page.js';
import type { BenchContext, LoadRequest, Scenario } from './scenario.js';

function handwrittenRequest(ctx: BenchContext): LoadRequest {
  return {
    method: 'POST',
    path: HANDWRITTEN_CUSTOMERS_PATH,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ctx.apiKey}` },
    body: JSON.stringify({ first: PAGE_SIZE, contacts: CONTACTS_PER_PAGE }),
  };
}

export const customersPageHandwritten: Scenario = {
  name: 'customers-page-handwritten',
  description: 'The same page from one hand-written SQL query (json_agg), same HTTP server and auth',
  baselineOf: { scenario: 'customers-page', minRatio: 0.5 },
  routes: { [HANDWRITTEN_CUSTOMERS_PATH]: handwrittenCustomersPage },
  request: handwrittenRequest,
  async preflight(ctx) {
    const handwritten = expectData(await send(ctx, handwrittenRequest(ctx)), this.name) as CustomersPageData;
    checkCustomersPage(ctx, handwritten, PAGE_SIZE, this.name);
    // A baseline is only fair if it answers with exactly what the GraphQL page answers.
    const graphql = expectData(await send(ctx, customersPageRequest(ctx)), 'customers-page');
    if (!isDeepStrictEqual(handwritten, graphql)) {
      throw new Error(`${this.name} does not return the same JSON as the GraphQL customers page`);
    }
  },
};
