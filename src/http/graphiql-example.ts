/** The query GraphiQL opens with: shows the caller, then a page of customers with their contacts. */
export const EXAMPLE_QUERY = `# Welcome to Unison. Paste your API key after "Bearer " in the
# Headers tab below, so it reads { "Authorization": "Bearer unison_..." },
# then press the run button. The Docs panel (top left) shows the whole schema.

query Overview {
  viewer {
    name
    roles
    organization { name baseCurrency }
  }
  customers(first: 10, orderBy: [{ field: NAME, direction: ASC }]) {
    totalCount
    nodes {
      id
      code
      name
      status
      tags
      creditLimit { amount currency }
      contacts(first: 3) {
        nodes { name email isPrimary }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;
