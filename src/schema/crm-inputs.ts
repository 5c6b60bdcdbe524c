import { builder } from './builder.js';
import { AddressInput, CustomerKindEnum } from './crm.js';

const IDEMPOTENCY_DESCRIPTION =
  'Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT.';
const EXPECTED_VERSION_DESCRIPTION = 'The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned.';

function customerFields(t: PothosSchemaTypes.InputFieldBuilder<typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never, 'InputObject'>) {
  return {
    kind: t.field({ type: CustomerKindEnum, description: 'Company or person (default COMPANY).' }),
    code: t.string({ description: 'Customer code, unique in the organization; letters, digits, ".", "_", "-", at most 32. Generated when omitted.' }),
    email: t.string({ description: 'Main email address.' }),
    phone: t.string({ description: 'Main phone number.' }),
    website: t.string({ description: 'Website, with or without https://.' }),
    taxId: t.string({ description: 'Tax or VAT identification number.' }),
    billingAddress: t.field({ type: AddressInput, description: 'Invoice address; null clears it.' }),
    shippingAddress: t.field({ type: AddressInput, description: 'Delivery address; null clears it.' }),
    tags: t.stringList({ description: 'Labels; stored trimmed and lower-case, duplicates removed. Replaces the whole list.' }),
    currency: t.string({ description: 'ISO 4217 currency the customer is invoiced in (default: the organization\'s base currency).' }),
    paymentTermsDays: t.int({ description: 'Days until invoices are due, 0 to 3650 (default 30).' }),
    creditLimit: t.field({ type: 'Decimal', description: 'Most the customer may owe, in the customer\'s currency; not negative; null for no limit.' }),
    ownerId: t.id({ description: 'ID of the API key responsible for the customer (default: the calling key).' }),
  };
}

export const CustomerCreateInput = builder.inputType('CustomerCreateInput', {
  description: 'A new customer.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Display name, at most 200 characters.' }),
    ...customerFields(t),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const CustomerUpdateInput = builder.inputType('CustomerUpdateInput', {
  description: 'Changes to a customer. Omitted fields stay as they are; null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The customer to change.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    name: t.string({ description: 'Display name, at most 200 characters.' }),
    ...customerFields(t),
  }),
});

export const CustomerStateInput = builder.inputType('CustomerStateInput', {
  description: 'Identifies a customer for archive, restore or delete.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The customer.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
  }),
});

export const CustomerMergeInput = builder.inputType('CustomerMergeInput', {
  description: 'Merges a duplicate (source) into the customer that survives (target).',
  fields: (t) => ({
    sourceId: t.id({ required: true, description: 'The duplicate; it is archived and points to the target afterwards.' }),
    targetId: t.id({ required: true, description: 'The survivor; it receives the contacts and references, and fills its empty fields from the source.' }),
    expectedSourceVersion: t.int({ description: `Source: ${EXPECTED_VERSION_DESCRIPTION}` }),
    expectedTargetVersion: t.int({ description: `Target: ${EXPECTED_VERSION_DESCRIPTION}` }),
  }),
});

export const ContactCreateInput = builder.inputType('ContactCreateInput', {
  description: 'A new contact person at a customer.',
  fields: (t) => ({
    customerId: t.id({ required: true, description: 'The customer the person works for (must be active).' }),
    name: t.string({ required: true, description: 'Full name, at most 200 characters.' }),
    email: t.string({ description: 'Email address.' }),
    phone: t.string({ description: 'Phone number.' }),
    jobTitle: t.string({ description: 'Role at the customer.' }),
    isPrimary: t.boolean({ description: 'Make this the primary contact (the previous primary loses the flag). Default false.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const ContactUpdateInput = builder.inputType('ContactUpdateInput', {
  description: 'Changes to a contact. Omitted fields stay as they are; null clears an optional field. Use contactSetPrimary for the primary flag.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The contact to change.' }),
    name: t.string({ description: 'Full name.' }),
    email: t.string({ description: 'Email address.' }),
    phone: t.string({ description: 'Phone number.' }),
    jobTitle: t.string({ description: 'Role at the customer.' }),
  }),
});

export const ContactIdInput = builder.inputType('ContactIdInput', {
  description: 'Identifies a contact.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The contact.' }),
  }),
});
