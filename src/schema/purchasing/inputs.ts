import { builder } from '../builder.js';
import { AddressInput } from '../crm/crm.js';
import { IDEMPOTENCY_DESCRIPTION } from '../payloads.js';

const EXPECTED_VERSION_DESCRIPTION =
  'The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned.';

type InputFields = PothosSchemaTypes.InputFieldBuilder<
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never,
  'InputObject'
>;

/** The writable supplier fields; `creating` decides which defaults and clearing rules the descriptions state. */
function supplierFields(t: InputFields, creating: boolean) {
  const clears = creating ? '' : ' null clears it.';
  return {
    code: t.string({
      description: creating
        ? 'Supplier code, unique in the organization ignoring case; letters, digits, ".", "_", "-", at most 32. Generated (SUP-00001, ...) when omitted.'
        : 'New supplier code, unique in the organization ignoring case; letters, digits, ".", "_", "-", at most 32. Cannot be cleared.',
    }),
    email: t.string({ description: `Main email address.${clears}` }),
    phone: t.string({ description: `Main phone number.${clears}` }),
    taxId: t.string({ description: `Tax or VAT identification number.${clears}` }),
    address: t.field({ type: AddressInput, description: `Postal address.${clears}` }),
    currency: t.field({
      type: 'CurrencyCode',
      description: creating
        ? "ISO 4217 currency the supplier bills in (default: the organization's base currency)."
        : 'ISO 4217 currency the supplier bills in. Cannot be cleared.',
    }),
    paymentTermsDays: t.int({
      description: creating
        ? 'Days until bills are due, 0 to 365 (default 30).'
        : 'Days until bills are due, 0 to 365.',
    }),
  };
}

export const SupplierCreateInput = builder.inputType('SupplierCreateInput', {
  description: 'A new supplier.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Display name, at most 200 characters.' }),
    ...supplierFields(t, true),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const SupplierUpdateInput = builder.inputType('SupplierUpdateInput', {
  description: 'Changes to a supplier. Omitted fields stay as they are; null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The supplier to change.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    name: t.string({ description: 'Display name, at most 200 characters.' }),
    ...supplierFields(t, false),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const SupplierStateInput = builder.inputType('SupplierStateInput', {
  description: 'Identifies a supplier for deactivate, activate or delete.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The supplier.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});
