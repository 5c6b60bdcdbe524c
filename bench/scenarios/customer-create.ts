import { expectData, graphqlRequest, send } from './graphql.js';
import { UNIQUE_PLACEHOLDER, type BenchContext, type Scenario } from './scenario.js';

const MUTATION = `mutation CustomerCreate($input: CustomerCreateInput!) {
  customerCreate(input: $input) {
    customer { id code name }
    errors { code message }
  }
}`;

function createRequest(ctx: BenchContext, unique: string) {
  return graphqlRequest(ctx, MUTATION, {
    input: { name: `Load test customer ${unique}`, email: `load-${unique}@example.com`, tags: ['load-test'] },
  });
}

interface CreateData {
  customerCreate: { customer: { id: string } | null; errors: { code: string; message: string }[] };
}

export const customerCreate: Scenario = {
  name: 'customer-create',
  description: 'GraphQL: customerCreate with a unique name per request (code generated from the sequence)',
  request: (ctx) => createRequest(ctx, UNIQUE_PLACEHOLDER),
  async preflight(ctx) {
    const data = expectData(await send(ctx, createRequest(ctx, `preflight-${Date.now()}`)), this.name) as CreateData;
    const { customer, errors } = data.customerCreate;
    if (errors.length > 0 || !customer) {
      throw new Error(`${this.name} failed: ${errors.map((e) => `${e.code}: ${e.message}`).join('; ')}`);
    }
  },
};
