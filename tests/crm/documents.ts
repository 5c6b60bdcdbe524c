// GraphQL documents shared by the CRM tests. One fragment per type keeps every file asserting on the same shape.

export const ERRORS = 'errors { code message field }';

export const ADDRESS_FIELDS = 'line1 line2 city region postalCode country';

export const CUSTOMER_FIELDS = `
  fragment CustomerFields on Customer {
    id code kind name email phone website taxId
    billingAddress { ${ADDRESS_FIELDS} }
    shippingAddress { ${ADDRESS_FIELDS} }
    tags currency paymentTermsDays
    creditLimit { amount currency }
    status version createdAt updatedAt
    owner { id name }
    mergedInto { id code }
  }`;

export const CONTACT_FIELDS = `
  fragment ContactFields on Contact {
    id name email phone jobTitle isPrimary createdAt updatedAt
    customer { id }
  }`;

export const CUSTOMER_CREATE = `
  mutation CustomerCreate($input: CustomerCreateInput!) {
    customerCreate(input: $input) { customer { ...CustomerFields } ${ERRORS} }
  }
  ${CUSTOMER_FIELDS}`;

export const CUSTOMER_UPDATE = `
  mutation CustomerUpdate($input: CustomerUpdateInput!) {
    customerUpdate(input: $input) { customer { ...CustomerFields } ${ERRORS} }
  }
  ${CUSTOMER_FIELDS}`;

export const CUSTOMER_ARCHIVE = `
  mutation CustomerArchive($input: CustomerStateInput!) {
    customerArchive(input: $input) { customer { ...CustomerFields } ${ERRORS} }
  }
  ${CUSTOMER_FIELDS}`;

export const CUSTOMER_RESTORE = `
  mutation CustomerRestore($input: CustomerStateInput!) {
    customerRestore(input: $input) { customer { ...CustomerFields } ${ERRORS} }
  }
  ${CUSTOMER_FIELDS}`;

export const CUSTOMER_DELETE = `
  mutation CustomerDelete($input: CustomerStateInput!) {
    customerDelete(input: $input) { deletedCustomerId ${ERRORS} }
  }`;

export const CUSTOMER_MERGE = `
  mutation CustomerMerge($input: CustomerMergeInput!) {
    customerMerge(input: $input) {
      customer { ...CustomerFields contacts { totalCount nodes { ...ContactFields } } }
      ${ERRORS}
    }
  }
  ${CUSTOMER_FIELDS}
  ${CONTACT_FIELDS}`;

export const CUSTOMER = `
  query Customer($id: ID!) {
    customer(id: $id) { ...CustomerFields contacts { totalCount nodes { ...ContactFields } } }
  }
  ${CUSTOMER_FIELDS}
  ${CONTACT_FIELDS}`;

export const CUSTOMERS = `
  query Customers(
    $where: CustomerWhere, $orderBy: [CustomerOrderBy!],
    $first: Int, $after: String, $last: Int, $before: String
  ) {
    customers(where: $where, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id code name } }
    }
  }`;

export const NODE = `
  query Node($id: ID!) {
    node(id: $id) { __typename id ... on Customer { code name } ... on Contact { name } }
  }`;

export const NODES = `
  query Nodes($ids: [ID!]!) {
    nodes(ids: $ids) { __typename id ... on Customer { code } ... on Contact { name } }
  }`;

export const CONTACT_CREATE = `
  mutation ContactCreate($input: ContactCreateInput!) {
    contactCreate(input: $input) { contact { ...ContactFields } customer { id version } ${ERRORS} }
  }
  ${CONTACT_FIELDS}`;

export const CONTACT_UPDATE = `
  mutation ContactUpdate($input: ContactUpdateInput!) {
    contactUpdate(input: $input) { contact { ...ContactFields } customer { id } ${ERRORS} }
  }
  ${CONTACT_FIELDS}`;

export const CONTACT_DELETE = `
  mutation ContactDelete($input: ContactIdInput!) {
    contactDelete(input: $input) { deletedContactId customer { id contacts { totalCount } } ${ERRORS} }
  }`;

export const CONTACT_SET_PRIMARY = `
  mutation ContactSetPrimary($input: ContactIdInput!) {
    contactSetPrimary(input: $input) { contact { ...ContactFields } customer { id } ${ERRORS} }
  }
  ${CONTACT_FIELDS}`;

export const CUSTOMER_CONTACTS = `
  query CustomerContacts($id: ID!, $first: Int, $after: String) {
    customer(id: $id) {
      contacts(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { id name isPrimary }
      }
    }
  }`;

export const AUDIT_LOG = `
  query AuditLog($where: AuditLogWhere, $first: Int) {
    auditLog(where: $where, first: $first) {
      totalCount
      nodes { action entityType entityId actorName actor { id name } before after requestId createdAt }
    }
  }`;
