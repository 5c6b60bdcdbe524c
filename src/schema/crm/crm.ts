import type { Role } from '../../generated/prisma/enums.js';
import { CRM_ERROR_CODES, type Address } from '../../domain/crm/index.js';
import { builder } from '../builder.js';
import { DateTimeFilter, StringFilter, StringListFilter, enumFilter } from '../filters.js';
import { OrderDirection } from '../ordering.js';
import { domainErrorType } from '../payloads.js';
import { Money, money } from '../scalars.js';

/** Roles that may read customers and contacts; writing needs SALES. */
export const CUSTOMER_READERS: Role[] = ['SALES', 'ACCOUNTING', 'WAREHOUSE'];

export const CustomerKindEnum = builder.enumType('CustomerKind', {
  description: 'Whether a customer is a company or a private person.',
  values: {
    COMPANY: { description: 'A business; has contacts.' },
    PERSON: { description: 'A private individual.' },
  } as const,
});

export const CustomerStatusEnum = builder.enumType('CustomerStatus', {
  description: 'Lifecycle of a customer. Archived customers stay readable but take no new business.',
  values: {
    ACTIVE: { description: 'Can be used on new documents.' },
    ARCHIVED: { description: 'Hidden from new documents; restore with customerRestore (unless merged).' },
  } as const,
});

export const AddressType = builder.objectRef<Address>('Address').implement({
  description: 'A postal address.',
  fields: (t) => ({
    line1: t.string({ nullable: true, description: 'Street and number.', resolve: (a) => a.line1 ?? null }),
    line2: t.string({ nullable: true, description: 'Additional address line.', resolve: (a) => a.line2 ?? null }),
    city: t.string({ nullable: true, description: 'City or town.', resolve: (a) => a.city ?? null }),
    region: t.string({ nullable: true, description: 'State, province or region.', resolve: (a) => a.region ?? null }),
    postalCode: t.string({ nullable: true, description: 'Postal or ZIP code.', resolve: (a) => a.postalCode ?? null }),
    country: t.string({
      nullable: true,
      description: 'ISO 3166-1 alpha-2 country code, for example "DE".',
      resolve: (a) => a.country ?? null,
    }),
  }),
});

export const AddressInput = builder.inputType('AddressInput', {
  description: 'A postal address. Empty strings are stored as null.',
  fields: (t) => ({
    line1: t.string({ description: 'Street and number.' }),
    line2: t.string({ description: 'Additional address line.' }),
    city: t.string({ description: 'City or town.' }),
    region: t.string({ description: 'State, province or region.' }),
    postalCode: t.string({ description: 'Postal or ZIP code.' }),
    country: t.string({ description: 'ISO 3166-1 alpha-2 country code, for example "DE".' }),
  }),
});

export const CustomerError = domainErrorType('Customer', CRM_ERROR_CODES);

const contactOrder = [{ isPrimary: 'desc' as const }, { name: 'asc' as const }, { id: 'asc' as const }];

export const CustomerType = builder.prismaNode('Customer', {
  // Load only the columns a query selects, not all of them.
  select: { id: true },
  description: 'A company or person you sell to. Needs one of the roles SALES, ACCOUNTING or WAREHOUSE to read.',
  id: { field: 'id' },
  // node(id:) must answer null for deleted or other organizations' IDs; the default loader throws.
  nullable: true,
  authScopes: { anyRole: CUSTOMER_READERS },
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'Human key, unique in the organization (generated as CUS-00001 if not given).',
    }),
    kind: t.expose('kind', { type: CustomerKindEnum, description: 'Company or person.' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    email: t.exposeString('email', { nullable: true, description: 'Main email address (stored lower-case).' }),
    phone: t.exposeString('phone', { nullable: true, description: 'Main phone number, as entered.' }),
    website: t.exposeString('website', { nullable: true, description: 'Website address.' }),
    taxId: t.exposeString('taxId', { nullable: true, description: 'Tax or VAT identification number.' }),
    billingAddress: t.field({
      type: AddressType,
      nullable: true,
      description: 'Address invoices are sent to.',
      select: { billingAddress: true },
      resolve: (customer) => (customer.billingAddress as Address | null) ?? null,
    }),
    shippingAddress: t.field({
      type: AddressType,
      nullable: true,
      description: 'Address goods are delivered to.',
      select: { shippingAddress: true },
      resolve: (customer) => (customer.shippingAddress as Address | null) ?? null,
    }),
    tags: t.exposeStringList('tags', { description: 'Free labels, lower-case, for segmentation and filtering.' }),
    currency: t.expose('currency', { type: 'CurrencyCode', description: 'Currency the customer is invoiced in.' }),
    paymentTermsDays: t.exposeInt('paymentTermsDays', {
      description: 'Days after the invoice date until payment is due.',
    }),
    creditLimit: t.field({
      type: Money,
      nullable: true,
      description: "Most the customer may owe, in the customer's currency; null means no limit.",
      select: { creditLimit: true, currency: true },
      resolve: (customer) => money(customer.creditLimit, customer.currency),
    }),
    status: t.expose('status', { type: CustomerStatusEnum, description: 'Active or archived.' }),
    owner: t.relation('owner', {
      nullable: true,
      description:
        'The API key (salesperson or integration) responsible for the customer; null when none, and for anyone but ADMIN and that key itself.',
    }),
    mergedInto: t.relation('mergedInto', {
      nullable: true,
      description: 'Set when this customer was merged into another; the other one is the survivor.',
    }),
    contacts: t.relatedConnection(
      'contacts',
      {
        cursor: 'id',
        totalCount: true,
        description: 'People at this customer: the primary contact first, then by name.',
        query: () => ({ orderBy: contactOrder }),
      },
      { name: 'ContactConnection', description: 'A page of contacts.' },
      { name: 'ContactEdge', description: 'A contact in a page, with its cursor.' },
    ),
    version: t.exposeInt('version', {
      description:
        "Increases with every change; send it as expectedVersion to avoid overwriting someone else's change.",
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the customer was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the customer last changed.' }),
  }),
});

builder.prismaNode('Contact', {
  select: { id: true },
  description: 'A person at a customer. A customer has at most one primary contact.',
  id: { field: 'id' },
  nullable: true,
  authScopes: { anyRole: CUSTOMER_READERS },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Full name.' }),
    email: t.exposeString('email', { nullable: true, description: 'Email address (stored lower-case).' }),
    phone: t.exposeString('phone', { nullable: true, description: 'Phone number, as entered.' }),
    jobTitle: t.exposeString('jobTitle', {
      nullable: true,
      description: 'Role at the customer, for example "Head of Purchasing".',
    }),
    isPrimary: t.exposeBoolean('isPrimary', { description: "Whether this is the customer's primary contact." }),
    customer: t.relation('customer', { description: 'The customer this person works for.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the contact was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the contact last changed.' }),
  }),
});

export const CustomerOrderField = builder.enumType('CustomerOrderField', {
  description: 'Fields customers can be sorted by.',
  values: {
    NAME: { description: 'Display name.' },
    CODE: { description: 'Customer code.' },
    CREATED_AT: { description: 'Creation time.' },
    UPDATED_AT: { description: 'Last change.' },
  } as const,
});

export const CUSTOMER_ORDER_COLUMNS = {
  NAME: 'name',
  CODE: 'code',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
} as const;

export const CustomerOrderBy = builder.inputType('CustomerOrderBy', {
  description: 'One sort key for customers. Ties are always broken by id, so pages are stable.',
  fields: (t) => ({
    field: t.field({ type: CustomerOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, defaultValue: 'ASC', description: 'Sort direction (default ASC).' }),
  }),
});

const CustomerKindFilter = enumFilter('CustomerKindFilter', CustomerKindEnum, "a customer's kind");
const CustomerStatusFilter = enumFilter('CustomerStatusFilter', CustomerStatusEnum, "a customer's status");

export interface CustomerWhereValue {
  search?: string | null;
  name?: typeof StringFilter.$inferInput | null;
  code?: typeof StringFilter.$inferInput | null;
  email?: typeof StringFilter.$inferInput | null;
  kind?: { equals?: 'COMPANY' | 'PERSON' | null; in?: ('COMPANY' | 'PERSON')[] | null } | null;
  status?: { equals?: 'ACTIVE' | 'ARCHIVED' | null; in?: ('ACTIVE' | 'ARCHIVED')[] | null } | null;
  tags?: typeof StringListFilter.$inferInput | null;
  currency?: typeof StringFilter.$inferInput | null;
  createdAt?: { equals?: Date | null; gt?: Date | null; gte?: Date | null; lt?: Date | null; lte?: Date | null } | null;
  updatedAt?: { equals?: Date | null; gt?: Date | null; gte?: Date | null; lt?: Date | null; lte?: Date | null } | null;
  AND?: CustomerWhereValue[] | null;
  OR?: CustomerWhereValue[] | null;
  NOT?: CustomerWhereValue | null;
}

export const CustomerWhere = builder.inputRef<CustomerWhereValue>('CustomerWhere').implement({
  description: 'Filter for customers. All given conditions must hold; use OR and NOT for alternatives.',
  fields: (t) => ({
    search: t.string({ description: 'Matches name, code or email containing this text, ignoring case.' }),
    name: t.field({ type: StringFilter, description: 'Conditions on the name.' }),
    code: t.field({ type: StringFilter, description: 'Conditions on the code.' }),
    email: t.field({ type: StringFilter, description: 'Conditions on the email address.' }),
    kind: t.field({ type: CustomerKindFilter, description: 'Company or person.' }),
    status: t.field({ type: CustomerStatusFilter, description: 'Active or archived.' }),
    tags: t.field({ type: StringListFilter, description: 'Conditions on the tags.' }),
    currency: t.field({ type: StringFilter, description: 'Conditions on the currency code.' }),
    createdAt: t.field({ type: DateTimeFilter, description: 'Conditions on the creation time.' }),
    updatedAt: t.field({ type: DateTimeFilter, description: 'Conditions on the last change.' }),
    AND: t.field({ type: [CustomerWhere], description: 'All of these filters hold.' }),
    OR: t.field({ type: [CustomerWhere], description: 'At least one of these filters holds.' }),
    NOT: t.field({ type: CustomerWhere, description: 'This filter does not hold.' }),
  }),
});
