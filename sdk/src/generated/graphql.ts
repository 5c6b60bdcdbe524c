/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** Carries the result and variables types of a document (as in @graphql-typed-document-node/core). */
interface DocumentTypeDecoration<TResult, TVariables> {
  __apiType?: (variables: TVariables) => TResult;
}
/** A postal address. Empty strings are stored as null. */
export type AddressInput = {
  /** City or town. */
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2 country code, for example "DE". */
  country?: string | null | undefined;
  /** Street and number. */
  line1?: string | null | undefined;
  /** Additional address line. */
  line2?: string | null | undefined;
  /** Postal or ZIP code. */
  postalCode?: string | null | undefined;
  /** State, province or region. */
  region?: string | null | undefined;
};

/** A new API key. There is no idempotencyKey: the secret is never stored, so a repeated call could not return it. */
export type ApiKeyCreateInput = {
  /** Who or what will use the key, at most 100 characters. */
  name: string;
  /** Roles granted to the key (at least one). */
  roles: Array<Role>;
};

/** Stable codes of ApiKey payload errors; new codes may be added, existing ones are never renamed. */
export type ApiKeyErrorCode =
  /** The API key was already revoked. */
  | 'ALREADY_REVOKED'
  /** Revoking this key would leave the organization without an active ADMIN key. */
  | 'LAST_ADMIN_KEY'
  /** No API key with this ID in your organization. */
  | 'NOT_FOUND'
  /** A required field is missing or empty. */
  | 'REQUIRED'
  /** A text is longer than the field allows. */
  | 'TOO_LONG';

/** The API key to revoke. */
export type ApiKeyRevokeInput = {
  /** ID of the key. */
  id: string | number;
};

/** Filter for audit log entries. */
export type AuditLogWhere = {
  /** All of these filters hold. */
  AND?: Array<AuditLogWhere> | null | undefined;
  /** This filter does not hold. */
  NOT?: AuditLogWhere | null | undefined;
  /** At least one of these filters holds. */
  OR?: Array<AuditLogWhere> | null | undefined;
  /** The mutation or command, for example "customerMerge". */
  action?: StringFilter | null | undefined;
  /** Name of the API key that made the change. */
  actorName?: StringFilter | null | undefined;
  /** When the change was made. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Global ID of one record: its whole history. */
  entityId?: string | number | null | undefined;
  /** GraphQL type of the changed record, for example "Customer". */
  entityType?: StringFilter | null | undefined;
};

/** A new contact person at a customer. */
export type ContactCreateInput = {
  /** The customer the person works for (must be active). */
  customerId: string | number;
  /** Email address. */
  email?: string | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Make this the primary contact (the previous primary loses the flag). Default false. */
  isPrimary?: boolean | null | undefined;
  /** Role at the customer. */
  jobTitle?: string | null | undefined;
  /** Full name, at most 200 characters. */
  name: string;
  /** Phone number. */
  phone?: string | null | undefined;
};

/** Identifies a contact. */
export type ContactIdInput = {
  /** The contact. */
  id: string | number;
};

/** Changes to a contact. Omitted fields stay as they are; null clears an optional field. Use contactSetPrimary for the primary flag. */
export type ContactUpdateInput = {
  /** Email address. */
  email?: string | null | undefined;
  /** The contact to change. */
  id: string | number;
  /** Role at the customer. */
  jobTitle?: string | null | undefined;
  /** Full name. */
  name?: string | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
};

/** A new customer. */
export type CustomerCreateInput = {
  /** Invoice address. */
  billingAddress?: AddressInput | null | undefined;
  /** Customer code, unique in the organization; letters, digits, ".", "_", "-", at most 32. Generated (CUS-00001, ...) when omitted. */
  code?: string | null | undefined;
  /** Most the customer may owe, in the customer's currency; not negative; at most the currency's decimal places. Omit for no limit. */
  creditLimit?: string | null | undefined;
  /** ISO 4217 currency the customer is invoiced in (default: the organization's base currency). */
  currency?: string | null | undefined;
  /** Main email address. */
  email?: string | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Company or person (default COMPANY). */
  kind?: CustomerKind | null | undefined;
  /** Display name, at most 200 characters. */
  name: string;
  /** ID of the API key responsible for the customer (default: the calling key). */
  ownerId?: string | number | null | undefined;
  /** Days until invoices are due, 0 to 3650 (default 30). */
  paymentTermsDays?: number | null | undefined;
  /** Main phone number. */
  phone?: string | null | undefined;
  /** Delivery address. */
  shippingAddress?: AddressInput | null | undefined;
  /** Labels; stored trimmed and lower-case, duplicates removed. Replaces the whole list. */
  tags?: Array<string> | null | undefined;
  /** Tax or VAT identification number. */
  taxId?: string | null | undefined;
  /** Website, with or without https://. */
  website?: string | null | undefined;
};

/** Stable codes of Customer payload errors; new codes may be added, existing ones are never renamed. */
export type CustomerErrorCode =
  /** The customer is already archived. */
  | 'ALREADY_ARCHIVED'
  /** Another customer in the organization already uses this code. */
  | 'CODE_TAKEN'
  /** The customer is archived; restore it first. */
  | 'CUSTOMER_ARCHIVED'
  /** Other records reference the customer, so it cannot be deleted; archive it instead. */
  | 'CUSTOMER_IN_USE'
  /** The customer was merged into another customer. */
  | 'CUSTOMER_MERGED'
  /** The idempotency key was already used with a different input. */
  | 'IDEMPOTENCY_CONFLICT'
  /** A customer code may contain only letters, digits, ".", "_" and "-". */
  | 'INVALID_CODE'
  /** Not an ISO 3166-1 alpha-2 country code. */
  | 'INVALID_COUNTRY'
  /** Not an ISO 4217 currency code. */
  | 'INVALID_CURRENCY'
  /** Not a valid email address. */
  | 'INVALID_EMAIL'
  /** An amount has more decimal places than its currency allows. */
  | 'INVALID_SCALE'
  /** Not a valid web address. */
  | 'INVALID_URL'
  /** Source and target of a merge are the same customer. */
  | 'MERGE_SAME_CUSTOMER'
  /** An amount that must not be negative is negative. */
  | 'NEGATIVE_AMOUNT'
  /** The customer is not archived. */
  | 'NOT_ARCHIVED'
  /** The referenced record does not exist in your organization. */
  | 'NOT_FOUND'
  /** A number is outside the allowed range. */
  | 'OUT_OF_RANGE'
  /** A required field is missing or empty. */
  | 'REQUIRED'
  /** The record changed since you read it (expectedVersion does not match); read it again and retry. */
  | 'STALE_VERSION'
  /** A text is longer than the field allows. */
  | 'TOO_LONG'
  /** A list holds more items than allowed. */
  | 'TOO_MANY';

/** Whether a customer is a company or a private person. */
export type CustomerKind =
  /** A business; has contacts. */
  | 'COMPANY'
  /** A private individual. */
  | 'PERSON';

/** Conditions on a customer's kind. */
export type CustomerKindFilter = {
  /** Exactly this value. */
  equals?: CustomerKind | null | undefined;
  /** Any of these values. */
  in?: Array<CustomerKind> | null | undefined;
};

/** Merges a duplicate (source) into the customer that survives (target). */
export type CustomerMergeInput = {
  /** The version of the source you last read; if it changed since, nothing is written and STALE_VERSION is returned. */
  expectedSourceVersion?: number | null | undefined;
  /** The version of the target you last read; if it changed since, nothing is written and STALE_VERSION is returned. */
  expectedTargetVersion?: number | null | undefined;
  /** The duplicate; it is archived and points to the target afterwards. */
  sourceId: string | number;
  /** The survivor; it receives the contacts and references, and fills its empty fields from the source. */
  targetId: string | number;
};

/** One sort key for customers. Ties are always broken by id, so pages are stable. */
export type CustomerOrderBy = {
  /** Sort direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: CustomerOrderField;
};

/** Fields customers can be sorted by. */
export type CustomerOrderField =
  /** Customer code. */
  | 'CODE'
  /** Creation time. */
  | 'CREATED_AT'
  /** Display name. */
  | 'NAME'
  /** Last change. */
  | 'UPDATED_AT';

/** Identifies a customer for archive, restore or delete. */
export type CustomerStateInput = {
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The customer. */
  id: string | number;
};

/** Lifecycle of a customer. Archived customers stay readable but take no new business. */
export type CustomerStatus =
  /** Can be used on new documents. */
  | 'ACTIVE'
  /** Hidden from new documents; restore with customerRestore (unless merged). */
  | 'ARCHIVED';

/** Conditions on a customer's status. */
export type CustomerStatusFilter = {
  /** Exactly this value. */
  equals?: CustomerStatus | null | undefined;
  /** Any of these values. */
  in?: Array<CustomerStatus> | null | undefined;
};

/** Changes to a customer. Omitted fields stay as they are; null clears an optional field. */
export type CustomerUpdateInput = {
  /** Invoice address. null clears it. */
  billingAddress?: AddressInput | null | undefined;
  /** New customer code, unique in the organization; letters, digits, ".", "_", "-", at most 32. Cannot be cleared. */
  code?: string | null | undefined;
  /** Most the customer may owe, in the customer's currency; not negative; at most the currency's decimal places. null removes the limit. */
  creditLimit?: string | null | undefined;
  /** ISO 4217 currency the customer is invoiced in. Cannot be cleared. */
  currency?: string | null | undefined;
  /** Main email address. null clears it. */
  email?: string | null | undefined;
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The customer to change. */
  id: string | number;
  /** Company or person. */
  kind?: CustomerKind | null | undefined;
  /** Display name, at most 200 characters. */
  name?: string | null | undefined;
  /** ID of the API key responsible for the customer; null leaves it without owner. */
  ownerId?: string | number | null | undefined;
  /** Days until invoices are due, 0 to 3650. */
  paymentTermsDays?: number | null | undefined;
  /** Main phone number. null clears it. */
  phone?: string | null | undefined;
  /** Delivery address. null clears it. */
  shippingAddress?: AddressInput | null | undefined;
  /** Labels; stored trimmed and lower-case, duplicates removed. Replaces the whole list. */
  tags?: Array<string> | null | undefined;
  /** Tax or VAT identification number. null clears it. */
  taxId?: string | null | undefined;
  /** Website, with or without https://. null clears it. */
  website?: string | null | undefined;
};

/** Filter for customers. All given conditions must hold; use OR and NOT for alternatives. */
export type CustomerWhere = {
  /** All of these filters hold. */
  AND?: Array<CustomerWhere> | null | undefined;
  /** This filter does not hold. */
  NOT?: CustomerWhere | null | undefined;
  /** At least one of these filters holds. */
  OR?: Array<CustomerWhere> | null | undefined;
  /** Conditions on the code. */
  code?: StringFilter | null | undefined;
  /** Conditions on the creation time. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on the currency code. */
  currency?: StringFilter | null | undefined;
  /** Conditions on the email address. */
  email?: StringFilter | null | undefined;
  /** Company or person. */
  kind?: CustomerKindFilter | null | undefined;
  /** Conditions on the name. */
  name?: StringFilter | null | undefined;
  /** Matches name, code or email containing this text, ignoring case. */
  search?: string | null | undefined;
  /** Active or archived. */
  status?: CustomerStatusFilter | null | undefined;
  /** Conditions on the tags. */
  tags?: StringListFilter | null | undefined;
  /** Conditions on the last change. */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a point in time; each given bound narrows the result. */
export type DateTimeFilter = {
  /** Exactly this value. */
  equals?: string | null | undefined;
  /** Later than this value. */
  gt?: string | null | undefined;
  /** Later than or equal to this value. */
  gte?: string | null | undefined;
  /** Earlier than this value. */
  lt?: string | null | undefined;
  /** Earlier than or equal to this value. */
  lte?: string | null | undefined;
};

/** Sort direction. */
export type OrderDirection =
  /** Smallest, earliest or A first. */
  | 'ASC'
  /** Largest, latest or Z first. */
  | 'DESC';

/** What an API key may do. ADMIN may do everything in its organization. */
export type Role =
  /** The ledger, invoices, bills and payments; may read customers. */
  | 'ACCOUNTING'
  /** Everything, including API keys and the audit log. */
  | 'ADMIN'
  /** Self-service: own leave, expenses and approvals. */
  | 'EMPLOYEE'
  /** Departments, employees, leave and expenses. */
  | 'HR'
  /** Bills of materials, MRP and work orders. */
  | 'PRODUCTION'
  /** Suppliers, purchase requests and purchase orders. */
  | 'PURCHASING'
  /** Customers, contacts, quotes and sales orders. */
  | 'SALES'
  /** Stock, warehouses and shipments. */
  | 'WAREHOUSE';

/** Conditions on a text field. `contains` and `startsWith` ignore case; `equals` and `in` are exact. */
export type StringFilter = {
  /** Contains this text, ignoring case. */
  contains?: string | null | undefined;
  /** Exactly this value. */
  equals?: string | null | undefined;
  /** Any of these values. */
  in?: Array<string> | null | undefined;
  /** Starts with this text, ignoring case. */
  startsWith?: string | null | undefined;
};

/** Conditions on a list of texts such as tags (exact, case-sensitive values). */
export type StringListFilter = {
  /** The list contains this value. */
  has?: string | null | undefined;
  /** The list contains all of these values. */
  hasEvery?: Array<string> | null | undefined;
  /** The list contains at least one of these values. */
  hasSome?: Array<string> | null | undefined;
};

export type ContactFieldsFragment = { id: string, name: string, email: string | null, phone: string | null, jobTitle: string | null, isPrimary: boolean, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } };

export type ContactQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactQuery = { contact: { id: string, name: string, email: string | null, phone: string | null, jobTitle: string | null, isPrimary: boolean, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } } | null };

export type ContactCreateMutationVariables = Exact<{
  input: ContactCreateInput;
}>;


export type ContactCreateMutation = { contactCreate: { contact: { id: string, name: string, email: string | null, phone: string | null, jobTitle: string | null, isPrimary: boolean, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } } | null, customer: { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: CustomerErrorCode, message: string, field: Array<string> | null }> } };

export type ContactUpdateMutationVariables = Exact<{
  input: ContactUpdateInput;
}>;


export type ContactUpdateMutation = { contactUpdate: { contact: { id: string, name: string, email: string | null, phone: string | null, jobTitle: string | null, isPrimary: boolean, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } } | null, customer: { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: CustomerErrorCode, message: string, field: Array<string> | null }> } };

export type ContactSetPrimaryMutationVariables = Exact<{
  input: ContactIdInput;
}>;


export type ContactSetPrimaryMutation = { contactSetPrimary: { contact: { id: string, name: string, email: string | null, phone: string | null, jobTitle: string | null, isPrimary: boolean, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } } | null, customer: { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: CustomerErrorCode, message: string, field: Array<string> | null }> } };

export type ContactDeleteMutationVariables = Exact<{
  input: ContactIdInput;
}>;


export type ContactDeleteMutation = { contactDelete: { deletedContactId: string | null, customer: { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: CustomerErrorCode, message: string, field: Array<string> | null }> } };

export type AddressFieldsFragment = { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null };

export type CustomerFieldsFragment = { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null };

export type CustomerErrorFieldsFragment = { code: CustomerErrorCode, message: string, field: Array<string> | null };

export type CustomerQueryVariables = Exact<{
  id: string | number;
  contactsFirst?: number | null | undefined;
}>;


export type CustomerQuery = { customer: { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, tags: Array<string>, version: number, createdAt: string, updatedAt: string, contacts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, name: string, email: string | null, phone: string | null, jobTitle: string | null, isPrimary: boolean, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } }> }, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null } | null };

export type CustomersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: CustomerWhere | null | undefined;
  orderBy?: Array<CustomerOrderBy> | CustomerOrderBy | null | undefined;
}>;


export type CustomersQuery = { customers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null }> } };

export type CustomerCreateMutationVariables = Exact<{
  input: CustomerCreateInput;
}>;


export type CustomerCreateMutation = { customerCreate: { customer: { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: CustomerErrorCode, message: string, field: Array<string> | null }> } };

export type CustomerUpdateMutationVariables = Exact<{
  input: CustomerUpdateInput;
}>;


export type CustomerUpdateMutation = { customerUpdate: { customer: { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: CustomerErrorCode, message: string, field: Array<string> | null }> } };

export type CustomerArchiveMutationVariables = Exact<{
  input: CustomerStateInput;
}>;


export type CustomerArchiveMutation = { customerArchive: { customer: { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: CustomerErrorCode, message: string, field: Array<string> | null }> } };

export type CustomerRestoreMutationVariables = Exact<{
  input: CustomerStateInput;
}>;


export type CustomerRestoreMutation = { customerRestore: { customer: { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: CustomerErrorCode, message: string, field: Array<string> | null }> } };

export type CustomerDeleteMutationVariables = Exact<{
  input: CustomerStateInput;
}>;


export type CustomerDeleteMutation = { customerDelete: { deletedCustomerId: string | null, errors: Array<{ code: CustomerErrorCode, message: string, field: Array<string> | null }> } };

export type CustomerMergeMutationVariables = Exact<{
  input: CustomerMergeInput;
}>;


export type CustomerMergeMutation = { customerMerge: { customer: { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: CustomerErrorCode, message: string, field: Array<string> | null }> } };

type NodeFields_ApiKey_Fragment = { __typename: 'ApiKey', id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

type NodeFields_AuditLogEntry_Fragment = { __typename: 'AuditLogEntry', id: string, action: string, actorName: string, entityType: string, entityId: string, before: unknown, after: unknown, requestId: string | null, createdAt: string, actor: { id: string, name: string, prefix: string } | null };

type NodeFields_Contact_Fragment = { __typename: 'Contact', id: string, name: string, email: string | null, phone: string | null, jobTitle: string | null, isPrimary: boolean, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } };

type NodeFields_Customer_Fragment = { __typename: 'Customer', id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null };

type NodeFields_Organization_Fragment = { __typename: 'Organization', id: string, name: string, baseCurrency: string, createdAt: string };

export type NodeFieldsFragment =
  | NodeFields_ApiKey_Fragment
  | NodeFields_AuditLogEntry_Fragment
  | NodeFields_Contact_Fragment
  | NodeFields_Customer_Fragment
  | NodeFields_Organization_Fragment
;

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'ApiKey', id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }
    | { __typename: 'AuditLogEntry', id: string, action: string, actorName: string, entityType: string, entityId: string, before: unknown, after: unknown, requestId: string | null, createdAt: string, actor: { id: string, name: string, prefix: string } | null }
    | { __typename: 'Contact', id: string, name: string, email: string | null, phone: string | null, jobTitle: string | null, isPrimary: boolean, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } }
    | { __typename: 'Customer', id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null }
    | { __typename: 'Organization', id: string, name: string, baseCurrency: string, createdAt: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'ApiKey', id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }
    | { __typename: 'AuditLogEntry', id: string, action: string, actorName: string, entityType: string, entityId: string, before: unknown, after: unknown, requestId: string | null, createdAt: string, actor: { id: string, name: string, prefix: string } | null }
    | { __typename: 'Contact', id: string, name: string, email: string | null, phone: string | null, jobTitle: string | null, isPrimary: boolean, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } }
    | { __typename: 'Customer', id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null }
    | { __typename: 'Organization', id: string, name: string, baseCurrency: string, createdAt: string }
   | null> };

export type PageInfoFieldsFragment = { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null };

export type ApiKeyFieldsFragment = { id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type OrganizationFieldsFragment = { id: string, name: string, baseCurrency: string, createdAt: string };

export type AuditLogEntryFieldsFragment = { id: string, action: string, actorName: string, entityType: string, entityId: string, before: unknown, after: unknown, requestId: string | null, createdAt: string, actor: { id: string, name: string, prefix: string } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { name: string, roles: Array<Role>, apiKey: { id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }, organization: { id: string, name: string, baseCurrency: string, createdAt: string } } };

export type AuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: AuditLogWhere | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, action: string, actorName: string, entityType: string, entityId: string, before: unknown, after: unknown, requestId: string | null, createdAt: string, actor: { id: string, name: string, prefix: string } | null }> } };

export type ApiKeyErrorFieldsFragment = { code: ApiKeyErrorCode, message: string, field: Array<string> | null };

export type ApiKeysQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeRevoked?: boolean | null | undefined;
}>;


export type ApiKeysQuery = { apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> } };

export type ApiKeyCreateMutationVariables = Exact<{
  input: ApiKeyCreateInput;
}>;


export type ApiKeyCreateMutation = { apiKeyCreate: { secret: string | null, apiKey: { id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } | null, errors: Array<{ code: ApiKeyErrorCode, message: string, field: Array<string> | null }> } };

export type ApiKeyRevokeMutationVariables = Exact<{
  input: ApiKeyRevokeInput;
}>;


export type ApiKeyRevokeMutation = { apiKeyRevoke: { apiKey: { id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } | null, errors: Array<{ code: ApiKeyErrorCode, message: string, field: Array<string> | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CustomerErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}
    `, {"fragmentName":"CustomerErrorFields"}) as unknown as TypedDocumentString<CustomerErrorFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  roles
  createdAt
  lastUsedAt
  revokedAt
}
    `, {"fragmentName":"ApiKeyFields"}) as unknown as TypedDocumentString<ApiKeyFieldsFragment, unknown>;
export const AuditLogEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditLogEntryFields on AuditLogEntry {
  id
  action
  actorName
  actor {
    id
    name
    prefix
  }
  entityType
  entityId
  before
  after
  requestId
  createdAt
}
    `, {"fragmentName":"AuditLogEntryFields"}) as unknown as TypedDocumentString<AuditLogEntryFieldsFragment, unknown>;
export const ContactFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContactFields on Contact {
  id
  name
  email
  phone
  jobTitle
  isPrimary
  customer {
    id
    code
    name
  }
  createdAt
  updatedAt
}
    `, {"fragmentName":"ContactFields"}) as unknown as TypedDocumentString<ContactFieldsFragment, unknown>;
export const AddressFieldsFragmentDoc = new TypedDocumentString(`
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
    `, {"fragmentName":"AddressFields"}) as unknown as TypedDocumentString<AddressFieldsFragment, unknown>;
export const CustomerFieldsFragmentDoc = new TypedDocumentString(`
    fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}`, {"fragmentName":"CustomerFields"}) as unknown as TypedDocumentString<CustomerFieldsFragment, unknown>;
export const OrganizationFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrganizationFields on Organization {
  id
  name
  baseCurrency
  createdAt
}
    `, {"fragmentName":"OrganizationFields"}) as unknown as TypedDocumentString<OrganizationFieldsFragment, unknown>;
export const NodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment NodeFields on Node {
  __typename
  id
  ... on ApiKey {
    ...ApiKeyFields
  }
  ... on AuditLogEntry {
    ...AuditLogEntryFields
  }
  ... on Contact {
    ...ContactFields
  }
  ... on Customer {
    ...CustomerFields
  }
  ... on Organization {
    ...OrganizationFields
  }
}
    fragment ContactFields on Contact {
  id
  name
  email
  phone
  jobTitle
  isPrimary
  customer {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  roles
  createdAt
  lastUsedAt
  revokedAt
}
fragment OrganizationFields on Organization {
  id
  name
  baseCurrency
  createdAt
}
fragment AuditLogEntryFields on AuditLogEntry {
  id
  action
  actorName
  actor {
    id
    name
    prefix
  }
  entityType
  entityId
  before
  after
  requestId
  createdAt
}`, {"fragmentName":"NodeFields"}) as unknown as TypedDocumentString<NodeFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}
    `, {"fragmentName":"PageInfoFields"}) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const ApiKeyErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiKeyErrorFields on ApiKeyError {
  code
  message
  field
}
    `, {"fragmentName":"ApiKeyErrorFields"}) as unknown as TypedDocumentString<ApiKeyErrorFieldsFragment, unknown>;
export const ContactDocument = new TypedDocumentString(`
    query contact($id: ID!) {
  contact(id: $id) {
    ...ContactFields
  }
}
    fragment ContactFields on Contact {
  id
  name
  email
  phone
  jobTitle
  isPrimary
  customer {
    id
    code
    name
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ContactQuery, ContactQueryVariables>;
export const ContactCreateDocument = new TypedDocumentString(`
    mutation contactCreate($input: ContactCreateInput!) {
  contactCreate(input: $input) {
    contact {
      ...ContactFields
    }
    customer {
      ...CustomerFields
    }
    errors {
      ...CustomerErrorFields
    }
  }
}
    fragment ContactFields on Contact {
  id
  name
  email
  phone
  jobTitle
  isPrimary
  customer {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ContactCreateMutation, ContactCreateMutationVariables>;
export const ContactUpdateDocument = new TypedDocumentString(`
    mutation contactUpdate($input: ContactUpdateInput!) {
  contactUpdate(input: $input) {
    contact {
      ...ContactFields
    }
    customer {
      ...CustomerFields
    }
    errors {
      ...CustomerErrorFields
    }
  }
}
    fragment ContactFields on Contact {
  id
  name
  email
  phone
  jobTitle
  isPrimary
  customer {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ContactUpdateMutation, ContactUpdateMutationVariables>;
export const ContactSetPrimaryDocument = new TypedDocumentString(`
    mutation contactSetPrimary($input: ContactIdInput!) {
  contactSetPrimary(input: $input) {
    contact {
      ...ContactFields
    }
    customer {
      ...CustomerFields
    }
    errors {
      ...CustomerErrorFields
    }
  }
}
    fragment ContactFields on Contact {
  id
  name
  email
  phone
  jobTitle
  isPrimary
  customer {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ContactSetPrimaryMutation, ContactSetPrimaryMutationVariables>;
export const ContactDeleteDocument = new TypedDocumentString(`
    mutation contactDelete($input: ContactIdInput!) {
  contactDelete(input: $input) {
    deletedContactId
    customer {
      ...CustomerFields
    }
    errors {
      ...CustomerErrorFields
    }
  }
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ContactDeleteMutation, ContactDeleteMutationVariables>;
export const CustomerDocument = new TypedDocumentString(`
    query customer($id: ID!, $contactsFirst: Int = 20) {
  customer(id: $id) {
    ...CustomerFields
    contacts(first: $contactsFirst) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...ContactFields
      }
    }
  }
}
    fragment ContactFields on Contact {
  id
  name
  email
  phone
  jobTitle
  isPrimary
  customer {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<CustomerQuery, CustomerQueryVariables>;
export const CustomersDocument = new TypedDocumentString(`
    query customers($first: Int, $after: String, $last: Int, $before: String, $where: CustomerWhere, $orderBy: [CustomerOrderBy!]) {
  customers(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...CustomerFields
    }
  }
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<CustomersQuery, CustomersQueryVariables>;
export const CustomerCreateDocument = new TypedDocumentString(`
    mutation customerCreate($input: CustomerCreateInput!) {
  customerCreate(input: $input) {
    customer {
      ...CustomerFields
    }
    errors {
      ...CustomerErrorFields
    }
  }
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<CustomerCreateMutation, CustomerCreateMutationVariables>;
export const CustomerUpdateDocument = new TypedDocumentString(`
    mutation customerUpdate($input: CustomerUpdateInput!) {
  customerUpdate(input: $input) {
    customer {
      ...CustomerFields
    }
    errors {
      ...CustomerErrorFields
    }
  }
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<CustomerUpdateMutation, CustomerUpdateMutationVariables>;
export const CustomerArchiveDocument = new TypedDocumentString(`
    mutation customerArchive($input: CustomerStateInput!) {
  customerArchive(input: $input) {
    customer {
      ...CustomerFields
    }
    errors {
      ...CustomerErrorFields
    }
  }
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<CustomerArchiveMutation, CustomerArchiveMutationVariables>;
export const CustomerRestoreDocument = new TypedDocumentString(`
    mutation customerRestore($input: CustomerStateInput!) {
  customerRestore(input: $input) {
    customer {
      ...CustomerFields
    }
    errors {
      ...CustomerErrorFields
    }
  }
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<CustomerRestoreMutation, CustomerRestoreMutationVariables>;
export const CustomerDeleteDocument = new TypedDocumentString(`
    mutation customerDelete($input: CustomerStateInput!) {
  customerDelete(input: $input) {
    deletedCustomerId
    errors {
      ...CustomerErrorFields
    }
  }
}
    fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<CustomerDeleteMutation, CustomerDeleteMutationVariables>;
export const CustomerMergeDocument = new TypedDocumentString(`
    mutation customerMerge($input: CustomerMergeInput!) {
  customerMerge(input: $input) {
    customer {
      ...CustomerFields
    }
    errors {
      ...CustomerErrorFields
    }
  }
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<CustomerMergeMutation, CustomerMergeMutationVariables>;
export const NodeDocument = new TypedDocumentString(`
    query node($id: ID!) {
  node(id: $id) {
    ...NodeFields
  }
}
    fragment ContactFields on Contact {
  id
  name
  email
  phone
  jobTitle
  isPrimary
  customer {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment NodeFields on Node {
  __typename
  id
  ... on ApiKey {
    ...ApiKeyFields
  }
  ... on AuditLogEntry {
    ...AuditLogEntryFields
  }
  ... on Contact {
    ...ContactFields
  }
  ... on Customer {
    ...CustomerFields
  }
  ... on Organization {
    ...OrganizationFields
  }
}
fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  roles
  createdAt
  lastUsedAt
  revokedAt
}
fragment OrganizationFields on Organization {
  id
  name
  baseCurrency
  createdAt
}
fragment AuditLogEntryFields on AuditLogEntry {
  id
  action
  actorName
  actor {
    id
    name
    prefix
  }
  entityType
  entityId
  before
  after
  requestId
  createdAt
}`) as unknown as TypedDocumentString<NodeQuery, NodeQueryVariables>;
export const NodesDocument = new TypedDocumentString(`
    query nodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    ...NodeFields
  }
}
    fragment ContactFields on Contact {
  id
  name
  email
  phone
  jobTitle
  isPrimary
  customer {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment NodeFields on Node {
  __typename
  id
  ... on ApiKey {
    ...ApiKeyFields
  }
  ... on AuditLogEntry {
    ...AuditLogEntryFields
  }
  ... on Contact {
    ...ContactFields
  }
  ... on Customer {
    ...CustomerFields
  }
  ... on Organization {
    ...OrganizationFields
  }
}
fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  roles
  createdAt
  lastUsedAt
  revokedAt
}
fragment OrganizationFields on Organization {
  id
  name
  baseCurrency
  createdAt
}
fragment AuditLogEntryFields on AuditLogEntry {
  id
  action
  actorName
  actor {
    id
    name
    prefix
  }
  entityType
  entityId
  before
  after
  requestId
  createdAt
}`) as unknown as TypedDocumentString<NodesQuery, NodesQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query viewer {
  viewer {
    name
    roles
    apiKey {
      ...ApiKeyFields
    }
    organization {
      ...OrganizationFields
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  roles
  createdAt
  lastUsedAt
  revokedAt
}
fragment OrganizationFields on Organization {
  id
  name
  baseCurrency
  createdAt
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query auditLog($first: Int, $after: String, $last: Int, $before: String, $where: AuditLogWhere) {
  auditLog(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...AuditLogEntryFields
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}
fragment AuditLogEntryFields on AuditLogEntry {
  id
  action
  actorName
  actor {
    id
    name
    prefix
  }
  entityType
  entityId
  before
  after
  requestId
  createdAt
}`) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query apiKeys($first: Int, $after: String, $includeRevoked: Boolean) {
  apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...ApiKeyFields
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}
fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  roles
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const ApiKeyCreateDocument = new TypedDocumentString(`
    mutation apiKeyCreate($input: ApiKeyCreateInput!) {
  apiKeyCreate(input: $input) {
    apiKey {
      ...ApiKeyFields
    }
    secret
    errors {
      ...ApiKeyErrorFields
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  roles
  createdAt
  lastUsedAt
  revokedAt
}
fragment ApiKeyErrorFields on ApiKeyError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ApiKeyCreateMutation, ApiKeyCreateMutationVariables>;
export const ApiKeyRevokeDocument = new TypedDocumentString(`
    mutation apiKeyRevoke($input: ApiKeyRevokeInput!) {
  apiKeyRevoke(input: $input) {
    apiKey {
      ...ApiKeyFields
    }
    errors {
      ...ApiKeyErrorFields
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  roles
  createdAt
  lastUsedAt
  revokedAt
}
fragment ApiKeyErrorFields on ApiKeyError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ApiKeyRevokeMutation, ApiKeyRevokeMutationVariables>;