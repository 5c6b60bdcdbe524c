import { Prisma } from '../../generated/prisma/client.js';
import type { CustomerKind } from '../../generated/prisma/enums.js';
import {
  Problems,
  checkCurrency,
  checkEmail,
  checkIntRange,
  checkLength,
  checkMoneyAmount,
  checkRequired,
  checkUrl,
  cleanText,
} from '../../platform/index.js';

export interface Address {
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  /** ISO 3166-1 alpha-2. */
  country?: string | null;
}

/** Fields a caller may set on a customer. `undefined` leaves a field as it is; `null` clears it. */
export interface CustomerFields {
  kind?: CustomerKind | null;
  name?: string | null;
  code?: string | null;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  taxId?: string | null;
  billingAddress?: Address | null;
  shippingAddress?: Address | null;
  tags?: string[] | null;
  currency?: string | null;
  paymentTermsDays?: number | null;
  creditLimit?: Prisma.Decimal | null;
  ownerId?: string | null;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const COUNTRY = /^[A-Z]{2}$/;
const MAX_TAGS = 50;

export function cleanAddress(problems: Problems, field: string, address: Address | null | undefined) {
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

function cleanTags(problems: Problems, tags: string[] | null | undefined) {
  if (tags === undefined) return undefined;
  const cleaned = [...new Set((tags ?? []).map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
  if (cleaned.length > MAX_TAGS) problems.add('TOO_MANY', `tags may hold at most ${MAX_TAGS} tags`, 'tags');
  cleaned.forEach((tag, index) => checkLength(problems, `tags.${index}`, tag, 50));
  return cleaned;
}

/**
 * Validates and normalises customer fields. `creating` makes name required;
 * `currency` is the customer's effective currency for checking the credit limit's scale.
 */
export function cleanCustomerFields(input: CustomerFields, options: { creating: boolean; currentCurrency?: string }) {
  const problems = new Problems();
  const name = cleanText(input.name);
  if (options.creating || input.name !== undefined) {
    if (checkRequired(problems, 'name', name)) checkLength(problems, 'name', name, 200);
  }
  if (input.kind === null) problems.add('REQUIRED', 'kind cannot be cleared', 'kind');
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
  const website = cleanText(input.website);
  checkUrl(problems, 'website', website);
  checkLength(problems, 'website', website, 200);
  const taxId = cleanText(input.taxId);
  checkLength(problems, 'taxId', taxId, 50);
  if (input.currency === null) problems.add('REQUIRED', 'currency cannot be cleared', 'currency');
  const currency = checkCurrency(problems, 'currency', input.currency);
  checkIntRange(problems, 'paymentTermsDays', input.paymentTermsDays, 0, 3650);
  if (input.paymentTermsDays === null)
    problems.add('REQUIRED', 'paymentTermsDays cannot be cleared', 'paymentTermsDays');
  checkMoneyAmount(problems, 'creditLimit', input.creditLimit, currency ?? options.currentCurrency);
  const fields = {
    kind: input.kind ?? undefined,
    name: name ?? undefined,
    code: code ?? undefined,
    email,
    phone,
    website,
    taxId,
    billingAddress: cleanAddress(problems, 'billingAddress', input.billingAddress),
    shippingAddress: cleanAddress(problems, 'shippingAddress', input.shippingAddress),
    tags: cleanTags(problems, input.tags),
    currency,
    paymentTermsDays: input.paymentTermsDays ?? undefined,
    creditLimit: input.creditLimit,
    ownerId: input.ownerId,
  };
  problems.throwIfAny();
  return fields;
}

export type CleanCustomerFields = ReturnType<typeof cleanCustomerFields>;

/** Prisma wants DbNull, not null, to clear a JSON column. */
export function jsonColumn(value: Address | null | undefined) {
  if (value === undefined) return undefined;
  return value === null ? Prisma.DbNull : (value as Prisma.InputJsonObject);
}
