/** The query GraphiQL opens with: shows the caller, then a page of customers with their contacts. */
export const EXAMPLE_QUERY = `# Welcome to Unison.
# 1. Headers tab below: paste your key after "Bearer ".
# 2. Press the run button.
# The Docs panel (book icon, top left) explains every field.

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
