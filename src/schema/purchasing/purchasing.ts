import type { Role } from '../../generated/prisma/enums.js';
import { PURCHASING_ERROR_CODES } from '../../domain/purchasing/index.js';
import type { Address } from '../../domain/crm/index.js';
import { builder } from '../builder.js';
import { AddressType } from '../crm/crm.js';
import { DateTimeFilter, StringFilter } from '../filters.js';
import { OrderDirection } from '../ordering.js';
import { domainErrorType } from '../payloads.js';

/** Roles that may read suppliers; writing needs PURCHASING. */
export const SUPPLIER_READERS: Role[] = ['PURCHASING', 'ACCOUNTING'];

export const SupplierError = domainErrorType('Supplier', PURCHASING_ERROR_CODES);

export const SupplierType = builder.prismaNode('Supplier', {
  // Load only the columns a query selects, not all of them.
  select: { id: true },
  description: 'A company you buy from. Needs one of the roles PURCHASING or ACCOUNTING to read.',
  id: { field: 'id' },
  // node(id:) must answer null for deleted or other organizations' IDs; the default loader throws.
  nullable: true,
  authScopes: { anyRole: SUPPLIER_READERS },
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'Human key, unique in the organization ignoring case (generated as SUP-00001 if not given).',
    }),
    name: t.exposeString('name', { description: 'Display name.' }),
    email: t.exposeString('email', { nullable: true, description: 'Main email address (stored lower-case).' }),
    phone: t.exposeString('phone', { nullable: true, description: 'Main phone number, as entered.' }),
    taxId: t.exposeString('taxId', { nullable: true, description: 'Tax or VAT identification number.' }),
    address: t.field({
      type: AddressType,
      nullable: true,
      description: 'Postal address of the supplier.',
      select: { address: true },
      resolve: (supplier) => (supplier.address as Address | null) ?? null,
    }),
    currency: t.expose('currency', { type: 'CurrencyCode', description: 'Currency the supplier bills in.' }),
    paymentTermsDays: t.exposeInt('paymentTermsDays', {
      description: 'Days after the bill date until payment is due.',
    }),
    isActive: t.exposeBoolean('isActive', {
      description: 'Inactive suppliers stay readable but take no new business.',
    }),
    version: t.exposeInt('version', {
      description:
        "Increases with every change; send it as expectedVersion to avoid overwriting someone else's change.",
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the supplier was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the supplier last changed.' }),
  }),
});

export const SupplierOrderField = builder.enumType('SupplierOrderField', {
  description: 'Fields suppliers can be sorted by.',
  values: {
    NAME: { description: 'Display name.' },
    CODE: { description: 'Supplier code.' },
    CREATED_AT: { description: 'Creation time.' },
    UPDATED_AT: { description: 'Last change.' },
  } as const,
});

export const SUPPLIER_ORDER_COLUMNS = {
  NAME: 'name',
  CODE: 'code',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
} as const;

export const SupplierOrderBy = builder.inputType('SupplierOrderBy', {
  description: 'One sort key for suppliers. Ties are always broken by id, so pages are stable.',
  fields: (t) => ({
    field: t.field({ type: SupplierOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, defaultValue: 'ASC', description: 'Sort direction (default ASC).' }),
  }),
});

export interface SupplierWhereValue {
  search?: string | null;
  name?: typeof StringFilter.$inferInput | null;
  code?: typeof StringFilter.$inferInput | null;
  email?: typeof StringFilter.$inferInput | null;
  isActive?: boolean | null;
  currency?: typeof StringFilter.$inferInput | null;
  createdAt?: { equals?: Date | null; gt?: Date | null; gte?: Date | null; lt?: Date | null; lte?: Date | null } | null;
  updatedAt?: { equals?: Date | null; gt?: Date | null; gte?: Date | null; lt?: Date | null; lte?: Date | null } | null;
  AND?: SupplierWhereValue[] | null;
  OR?: SupplierWhereValue[] | null;
  NOT?: SupplierWhereValue | null;
}

export const SupplierWhere = builder.inputRef<SupplierWhereValue>('SupplierWhere').implement({
  description: 'Filter for suppliers. All given conditions must hold; use OR and NOT for alternatives.',
  fields: (t) => ({
    search: t.string({ description: 'Matches name, code or email containing this text, ignoring case.' }),
    name: t.field({ type: StringFilter, description: 'Conditions on the name.' }),
    code: t.field({ type: StringFilter, description: 'Conditions on the code.' }),
    email: t.field({ type: StringFilter, description: 'Conditions on the email address.' }),
    isActive: t.boolean({ description: 'Only active (true) or only inactive (false) suppliers.' }),
    currency: t.field({ type: StringFilter, description: 'Conditions on the currency code.' }),
    createdAt: t.field({ type: DateTimeFilter, description: 'Conditions on the creation time.' }),
    updatedAt: t.field({ type: DateTimeFilter, description: 'Conditions on the last change.' }),
    AND: t.field({ type: [SupplierWhere], description: 'All of these filters hold.' }),
    OR: t.field({ type: [SupplierWhere], description: 'At least one of these filters holds.' }),
    NOT: t.field({ type: SupplierWhere, description: 'This filter does not hold.' }),
  }),
});
