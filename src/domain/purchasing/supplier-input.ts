import { Prisma } from '../../generated/prisma/client.js';
import {
  Problems,
  checkCurrency,
  checkEmail,
  checkIntRange,
  checkLength,
  checkRequired,
  cleanText,
} from '../../platform/index.js';
import type { Address } from '../crm/index.js';

export type { Address };

/** Fields a caller may set on a supplier. `undefined` leaves a field as it is; `null` clears it. */
export interface SupplierFields {
  name?: string | null;
  code?: string | null;
  email?: string | null;
  phone?: string | null;
  taxId?: string | null;
  address?: Address | null;
  currency?: string | null;
  paymentTermsDays?: number | null;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const COUNTRY = /^[A-Z]{2}$/;
export const MAX_PAYMENT_TERMS_DAYS = 365;

/** The same shape and rules as a CRM address: trimmed lines of at most 200, an ISO 3166-1 alpha-2 country. */
function cleanAddress(problems: Problems, field: string, address: Address | null | undefined) {
  if (address === undefined || address === null) return address;
  const cleaned = {
    line1: cleanText(address.line1) ?? null,
    line2: cleanText(address.line2) ?? null,
    city: cleanText(address.city) ?? null,
    region: cleanText(address.region) ?? null,
    postalCode: cleanText(address.postalCode) ?? null,
    country: cleanText(address.country)?.toUpperCase() ?? null,
  };
  for (const [key, value] of Object.entries(cleaned)) checkLength(problems, `${field}.${key}`, value, 200);
  if (cleaned.country && !COUNTRY.test(cleaned.country)) {
    problems.add(
      'INVALID_COUNTRY',
      `${field}.country must be an ISO 3166-1 alpha-2 code such as "DE"`,
      `${field}.country`,
    );
  }
  return Object.values(cleaned).every((value) => value === null) ? null : cleaned;
}

/** Validates and normalises supplier fields. `creating` makes name required and lets code be omitted (generated). */
export function cleanSupplierFields(input: SupplierFields, options: { creating: boolean }) {
  const problems = new Problems();
  const name = cleanText(input.name);
  if (options.creating || input.name !== undefined) {
    if (checkRequired(problems, 'name', name)) checkLength(problems, 'name', name, 200);
  }
  const code = cleanText(input.code);
  if (input.code !== undefined && !options.creating && code === null)
    problems.add('REQUIRED', 'code cannot be cleared', 'code');
  if (code) {
    checkLength(problems, 'code', code, 32);
    if (!CODE.test(code))
      problems.add('INVALID_CODE', 'code may contain only letters, digits, ".", "_" and "-"', 'code');
  }
  const email = cleanText(input.email)?.toLowerCase() ?? cleanText(input.email);
  checkEmail(problems, 'email', email);
  const phone = cleanText(input.phone);
  checkLength(problems, 'phone', phone, 40);
  const taxId = cleanText(input.taxId);
  checkLength(problems, 'taxId', taxId, 50);
  if (input.currency === null) problems.add('REQUIRED', 'currency cannot be cleared', 'currency');
  const currency = checkCurrency(problems, 'currency', input.currency);
  checkIntRange(problems, 'paymentTermsDays', input.paymentTermsDays, 0, MAX_PAYMENT_TERMS_DAYS);
  if (input.paymentTermsDays === null)
    problems.add('REQUIRED', 'paymentTermsDays cannot be cleared', 'paymentTermsDays');
  const fields = {
    name: name ?? undefined,
    code: code ?? undefined,
    email,
    phone,
    taxId,
    address: cleanAddress(problems, 'address', input.address),
    currency,
    paymentTermsDays: input.paymentTermsDays ?? undefined,
  };
  problems.throwIfAny();
  return fields;
}

export type CleanSupplierFields = ReturnType<typeof cleanSupplierFields>;

/** Prisma wants DbNull, not null, to clear a JSON column. */
export function jsonColumn(value: Address | null | undefined) {
  if (value === undefined) return undefined;
  return value === null ? Prisma.DbNull : (value as Prisma.InputJsonObject);
}
