import { builder } from '../builder.js';
import { AddressInput, CustomerKindEnum } from './crm.js';
import { IDEMPOTENCY_DESCRIPTION } from '../payloads.js';

const EXPECTED_VERSION_DESCRIPTION =
  'The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned.';

type InputFields = PothosSchemaTypes.InputFieldBuilder<
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never,
  'InputObject'
>;

/** The writable customer fields; `creating` decides which defaults and clearing rules the descriptions state. */
function customerFields(t: InputFields, creating: boolean) {
  const clears = creating ? '' : ' null clears it.';
  return {
    kind: t.field({
      type: CustomerKindEnum,
      description: creating ? 'Company or person (default COMPANY).' : 'Company or person.',
    }),
    code: t.string({
      description: creating
        ? 'Customer code, unique in the organization; letters, digits, ".", "_", "-", at most 32. Generated (CUS-00001, ...) when omitted.'
        : 'New customer code, unique in the organization; letters, digits, ".", "_", "-", at most 32. Cannot be cleared.',
    }),
    email: t.string({ description: `Main email address.${clears}` }),
    phone: t.string({ description: `Main phone number.${clears}` }),
    website: t.string({ description: `Website, with or without https://.${clears}` }),
    taxId: t.string({ description: `Tax or VAT identification number.${clears}` }),
    billingAddress: t.field({ type: AddressInput, description: `Invoice address.${clears}` }),
    shippingAddress: t.field({ type: AddressInput, description: `Delivery address.${clears}` }),
    tags: t.stringList({
      description: 'Labels; stored trimmed and lower-case, duplicates removed. Replaces the whole list.',
    }),
    currency: t.field({
      type: 'CurrencyCode',
      description: creating
        ? "ISO 4217 currency the customer is invoiced in (default: the organization's base currency)."
        : 'ISO 4217 currency the customer is invoiced in. Cannot be cleared.',
    }),
    paymentTermsDays: t.int({
      description: creating
        ? 'Days until invoices are due, 0 to 3650 (default 30).'
        : 'Days until invoices are due, 0 to 3650.',
    }),
    creditLimit: t.field({
      type: 'Decimal',
      description: `Most the customer may owe, in the customer's currency; not negative; at most the currency's decimal places.${creating ? ' Omit for no limit.' : ' null removes the limit.'}`,
    }),
    ownerId: t.id({
      description: creating
        ? 'ID of the API key responsible for the customer (default: the calling key).'
        : 'ID of the API key responsible for the customer; null leaves it without owner.',
    }),
  };
}

export const CustomerCreateInput = builder.inputType('CustomerCreateInput', {
  description: 'A new customer.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Display name, at most 200 characters.' }),
    ...customerFields(t, true),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const CustomerUpdateInput = builder.inputType('CustomerUpdateInput', {
  description: 'Changes to a customer. Omitted fields stay as they are; null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The customer to change.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    name: t.string({ description: 'Display name, at most 200 characters.' }),
    ...customerFields(t, false),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const CustomerStateInput = builder.inputType('CustomerStateInput', {
  description: 'Identifies a customer for archive, restore or delete.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The customer.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const CustomerMergeInput = builder.inputType('CustomerMergeInput', {
  description: 'Merges a duplicate (source) into the customer that survives (target).',
  fields: (t) => ({
    sourceId: t.id({
      required: true,
      description: 'The duplicate; it is archived and points to the target afterwards.',
    }),
    targetId: t.id({
      required: true,
      description: 'The survivor; it receives the contacts and references, and fills its empty fields from the source.',
    }),
    expectedSourceVersion: t.int({
      description:
        'The version of the source you last read; if it changed since, nothing is written and STALE_VERSION is returned.',
    }),
    expectedTargetVersion: t.int({
      description:
        'The version of the target you last read; if it changed since, nothing is written and STALE_VERSION is returned.',
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
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
    isPrimary: t.boolean({
      description: 'Make this the primary contact (the previous primary loses the flag). Default false.',
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const ContactUpdateInput = builder.inputType('ContactUpdateInput', {
  description:
    'Changes to a contact. Omitted fields stay as they are; null clears an optional field. Use contactSetPrimary for the primary flag.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The contact to change.' }),
    name: t.string({ description: 'Full name.' }),
    email: t.string({ description: 'Email address.' }),
    phone: t.string({ description: 'Phone number.' }),
    jobTitle: t.string({ description: 'Role at the customer.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const ContactIdInput = builder.inputType('ContactIdInput', {
  description: 'Identifies a contact.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The contact.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});
