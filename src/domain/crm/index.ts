// CRM's public face. Other domains and the GraphQL resolvers import only from here.
export {
  createCustomer,
  updateCustomer,
  archiveCustomer,
  restoreCustomer,
  deleteCustomer,
  type CustomerRef,
  type CustomerCreateInput,
  type CustomerUpdateInput,
  type CustomerTransitionInput,
} from './customers.js';
export { mergeCustomers, onCustomerMerge, type CustomerMergeInput, type CustomerMergeHandler } from './merge.js';
export {
  createContact,
  updateContact,
  deleteContact,
  setPrimaryContact,
  type ContactRef,
  type ContactCreateInput,
  type ContactUpdateInput,
} from './contacts.js';
export type { Address, CustomerFields } from './customer-input.js';
export { cleanAddress, jsonColumn } from './customer-input.js';
export { CRM_ERROR_CODES } from './error-codes.js';
export { findCustomer, findCustomerNames } from './lookups.js';
