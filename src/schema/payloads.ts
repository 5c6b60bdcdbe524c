import type { ObjectRef } from '@pothos/core';
import type { FieldError } from '../platform/errors.js';
import { builder, type SchemaTypesOf } from './builder.js';

export const PayloadError = builder.interfaceRef<FieldError>('PayloadError').implement({
  description:
    "A problem with a mutation's input that the caller can fix. Each domain has its own error type with a typed `code`.",
  fields: (t) => ({
    message: t.exposeString('message', { description: 'Human-readable explanation, in English.' }),
    field: t.stringList({
      nullable: true,
      description:
        'Path to the input field at fault, for example ["input", "email"]; null when no single field is at fault.',
      resolve: (error) => error.field,
    }),
  }),
});

/** A domain's error type: `<Domain>Error { code: <Domain>ErrorCode!, message, field }`. */
export function domainErrorType(domain: string, codes: Record<string, string>) {
  const codeEnum = builder.enumType(`${domain}ErrorCode`, {
    description: `Stable codes of ${domain} payload errors; new codes may be added, existing ones are never renamed.`,
    values: Object.fromEntries(Object.entries(codes).map(([code, description]) => [code, { description }])),
  });
  return builder.objectRef<FieldError>(`${domain}Error`).implement({
    description: `A ${domain} mutation input problem the caller can fix.`,
    interfaces: [PayloadError],
    isTypeOf: () => true,
    fields: (t) => ({
      code: t.field({
        type: codeEnum,
        description: 'Stable machine-readable code.',
        resolve: (error) => error.code as never,
      }),
    }),
  });
}

/** What a mutation resolver returns: ids of the affected records, or errors. */
export interface PayloadShape<Ids> {
  ids: Ids | null;
  errors: FieldError[];
}

export function payloadType<Ids>(
  name: string,
  options: {
    description: string;
    errorType: ObjectRef<SchemaTypesOf, FieldError>;
    fields: (t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypesOf, PayloadShape<Ids>>) => Record<string, unknown>;
  },
) {
  return builder.objectRef<PayloadShape<Ids>>(name).implement({
    description: options.description,
    fields: (t) => ({
      ...(options.fields(t) as object),
      errors: t.field({
        type: [options.errorType],
        description: 'Problems with the input. Empty when the mutation succeeded; when not empty, nothing was changed.',
        resolve: (payload) => payload.errors,
      }),
    }),
  });
}

/** The `idempotencyKey` field every mutation input has (see runCommand). */
export const IDEMPOTENCY_DESCRIPTION =
  'Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT.';
