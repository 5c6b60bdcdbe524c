import * as crm from '../../domain/crm/index.js';
import { builder } from '../../schema/builder.js';
import { requireActor } from '../../schema/context.js';
import {
  CUSTOMER_ORDER_COLUMNS,
  CUSTOMER_READERS,
  CustomerError,
  CustomerOrderBy,
  CustomerWhere,
} from '../../schema/crm/crm.js';
import {
  ContactCreateInput,
  ContactIdInput,
  ContactUpdateInput,
  CustomerCreateInput,
  CustomerMergeInput,
  CustomerStateInput,
  CustomerUpdateInput,
} from '../../schema/crm/inputs.js';
import { encodeGlobalId } from '../../schema/global-id.js';
import { idFor, optionalIdFor } from '../../schema/ids.js';
import { orderByWithTiebreaker } from '../../schema/ordering.js';
import { payloadType } from '../../schema/payloads.js';
import { customerWhere } from './where.js';
import { runMutation } from '../run-mutation.js';

const WRITERS = { role: 'SALES' } as const;
const EVENTS = (names: string) => `Emits ${names}. Needs role SALES.`;

builder.queryFields((t) => ({
  customer: t.prismaField({
    type: 'Customer',
    nullable: true,
    description:
      'A customer by ID; null if it does not exist in your organization. Needs role SALES, ACCOUNTING or WAREHOUSE.',
    authScopes: { anyRole: CUSTOMER_READERS },
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the customer.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'Customer' ? ctx.db.customer.findUnique({ ...query, where: { id: args.id.id } }) : null,
  }),
  contact: t.prismaField({
    type: 'Contact',
    nullable: true,
    description:
      'A contact by ID; null if it does not exist in your organization. Needs role SALES, ACCOUNTING or WAREHOUSE.',
    authScopes: { anyRole: CUSTOMER_READERS },
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the contact.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'Contact' ? ctx.db.contact.findUnique({ ...query, where: { id: args.id.id } }) : null,
  }),
  customers: t.prismaConnection(
    {
      type: 'Customer',
      cursor: 'id',
      description:
        'Customers of your organization, filtered and sorted; default 20 per page, at most 100. Needs role SALES, ACCOUNTING or WAREHOUSE.',
      authScopes: { anyRole: CUSTOMER_READERS },
      args: {
        where: t.arg({ type: CustomerWhere, description: 'Filter; omit for all customers (active and archived).' }),
        orderBy: t.arg({ type: [CustomerOrderBy], description: 'Sort keys, most significant first (default: name).' }),
      },
      totalCount: (_connection, args, ctx) => ctx.db.customer.count({ where: customerWhere(args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.customer.findMany({
          ...query,
          where: customerWhere(args.where),
          orderBy: orderByWithTiebreaker(args.orderBy, CUSTOMER_ORDER_COLUMNS, [{ name: 'asc' }]),
        }),
    },
    { name: 'CustomerConnection', description: 'A page of customers.' },
    { name: 'CustomerEdge', description: 'A customer in a page, with its cursor.' },
  ),
}));

type CustomerIds = crm.CustomerRef;
type ContactIds = crm.ContactRef;

const customerField = (
  t: Parameters<Parameters<typeof payloadType<CustomerIds>>[1]['fields']>[0],
  description: string,
) =>
  t.prismaField({
    type: 'Customer',
    nullable: true,
    description,
    resolve: (query, payload, _args, ctx) =>
      payload.ids ? ctx.db.customer.findUnique({ ...query, where: { id: payload.ids.customerId } }) : null,
  });

function customerPayload(name: string, description: string) {
  return payloadType<CustomerIds>(name, {
    description,
    errorType: CustomerError,
    fields: (t) => ({
      customer: customerField(t, 'The customer as it is after the mutation; null when there are errors.'),
    }),
  });
}

function contactPayload(name: string, description: string) {
  return payloadType<ContactIds>(name, {
    description,
    errorType: CustomerError,
    fields: (t) => ({
      contact: t.prismaField({
        type: 'Contact',
        nullable: true,
        description: 'The contact after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.contact.findUnique({ ...query, where: { id: payload.ids.contactId } }) : null,
      }),
      customer: t.prismaField({
        type: 'Customer',
        nullable: true,
        description: "The contact's customer after the mutation.",
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.customer.findUnique({ ...query, where: { id: payload.ids.customerId } }) : null,
      }),
    }),
  });
}

const CustomerCreatePayload = customerPayload('CustomerCreatePayload', 'Result of customerCreate.');
const CustomerUpdatePayload = customerPayload('CustomerUpdatePayload', 'Result of customerUpdate.');
const CustomerArchivePayload = customerPayload('CustomerArchivePayload', 'Result of customerArchive.');
const CustomerRestorePayload = customerPayload('CustomerRestorePayload', 'Result of customerRestore.');
const CustomerMergePayload = customerPayload(
  'CustomerMergePayload',
  'Result of customerMerge; `customer` is the surviving target.',
);
const CustomerDeletePayload = payloadType<CustomerIds>('CustomerDeletePayload', {
  description: 'Result of customerDelete.',
  errorType: CustomerError,
  fields: (t) => ({
    deletedCustomerId: t.id({
      nullable: true,
      description: 'Global ID of the deleted customer; null when there are errors.',
      resolve: (payload) => (payload.ids ? encodeGlobalId('Customer', payload.ids.customerId) : null),
    }),
  }),
});
const ContactCreatePayload = contactPayload('ContactCreatePayload', 'Result of contactCreate.');
const ContactUpdatePayload = contactPayload('ContactUpdatePayload', 'Result of contactUpdate.');
const ContactSetPrimaryPayload = contactPayload('ContactSetPrimaryPayload', 'Result of contactSetPrimary.');
const ContactDeletePayload = payloadType<ContactIds>('ContactDeletePayload', {
  description: 'Result of contactDelete.',
  errorType: CustomerError,
  fields: (t) => ({
    deletedContactId: t.id({
      nullable: true,
      description: 'Global ID of the deleted contact; null when there are errors.',
      resolve: (payload) => (payload.ids ? encodeGlobalId('Contact', payload.ids.contactId) : null),
    }),
    customer: customerField(t as never, 'The customer the contact belonged to.'),
  }),
});

async function baseCurrency(ctx: Parameters<typeof requireActor>[0]): Promise<string> {
  const organization = await ctx.prisma.organization.findUniqueOrThrow({
    where: { id: requireActor(ctx).organizationId },
  });
  return organization.baseCurrency;
}

builder.mutationFields((t) => ({
  customerCreate: t.field({
    type: CustomerCreatePayload,
    description: EVENTS('customer.created'),
    authScopes: WRITERS,
    args: { input: t.arg({ type: CustomerCreateInput, required: true, description: 'The new customer.' }) },
    resolve: async (_root, { input }, ctx) => {
      const defaultCurrency = await baseCurrency(ctx);
      return runMutation(ctx, 'customerCreate', input, (tx, actor) =>
        crm.createCustomer(tx, actor, {
          ...input,
          defaultCurrency,
          ownerId: optionalIdFor('ApiKey', input.ownerId, 'ownerId'),
        }),
      );
    },
  }),
  customerUpdate: t.field({
    type: CustomerUpdatePayload,
    description: EVENTS('customer.updated'),
    authScopes: WRITERS,
    args: { input: t.arg({ type: CustomerUpdateInput, required: true, description: 'What to change.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'customerUpdate', input, (tx, actor) =>
        crm.updateCustomer(tx, actor, {
          ...input,
          id: idFor('Customer', input.id, 'id'),
          ownerId: optionalIdFor('ApiKey', input.ownerId, 'ownerId'),
        }),
      ),
  }),
  customerArchive: t.field({
    type: CustomerArchivePayload,
    description: `Archives an active customer: it stays readable but takes no new business. ${EVENTS('customer.archived')}`,
    authScopes: WRITERS,
    args: { input: t.arg({ type: CustomerStateInput, required: true, description: 'The customer.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'customerArchive', input, (tx, actor) =>
        crm.archiveCustomer(tx, actor, { ...input, id: idFor('Customer', input.id, 'id') }),
      ),
  }),
  customerRestore: t.field({
    type: CustomerRestorePayload,
    description: `Makes an archived customer active again (not one that was merged away). ${EVENTS('customer.restored')}`,
    authScopes: WRITERS,
    args: { input: t.arg({ type: CustomerStateInput, required: true, description: 'The customer.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'customerRestore', input, (tx, actor) =>
        crm.restoreCustomer(tx, actor, { ...input, id: idFor('Customer', input.id, 'id') }),
      ),
  }),
  customerDelete: t.field({
    type: CustomerDeletePayload,
    description: `Deletes a customer and its contacts. Refused with CUSTOMER_IN_USE while any other record references it; archive instead. ${EVENTS('customer.deleted')}`,
    authScopes: WRITERS,
    args: { input: t.arg({ type: CustomerStateInput, required: true, description: 'The customer.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'customerDelete', input, (tx, actor) =>
        crm.deleteCustomer(tx, actor, { ...input, id: idFor('Customer', input.id, 'id') }),
      ),
  }),
  customerMerge: t.field({
    type: CustomerMergePayload,
    description: `Merges a duplicate customer into another: contacts and references move to the target, the target's empty fields are filled from the source, tags are united, and the source is archived pointing at the target. ${EVENTS('customer.merged')}`,
    authScopes: WRITERS,
    args: { input: t.arg({ type: CustomerMergeInput, required: true, description: 'Source and target.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'customerMerge', input, (tx, actor) =>
        crm.mergeCustomers(tx, actor, {
          ...input,
          sourceId: idFor('Customer', input.sourceId, 'sourceId'),
          targetId: idFor('Customer', input.targetId, 'targetId'),
        }),
      ),
  }),
  contactCreate: t.field({
    type: ContactCreatePayload,
    description: EVENTS('contact.created'),
    authScopes: WRITERS,
    args: { input: t.arg({ type: ContactCreateInput, required: true, description: 'The new contact.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'contactCreate', input, (tx, actor) =>
        crm.createContact(tx, actor, { ...input, customerId: idFor('Customer', input.customerId, 'customerId') }),
      ),
  }),
  contactUpdate: t.field({
    type: ContactUpdatePayload,
    description: EVENTS('contact.updated'),
    authScopes: WRITERS,
    args: { input: t.arg({ type: ContactUpdateInput, required: true, description: 'What to change.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'contactUpdate', input, (tx, actor) =>
        crm.updateContact(tx, actor, { ...input, id: idFor('Contact', input.id, 'id') }),
      ),
  }),
  contactDelete: t.field({
    type: ContactDeletePayload,
    description: EVENTS('contact.deleted'),
    authScopes: WRITERS,
    args: { input: t.arg({ type: ContactIdInput, required: true, description: 'The contact.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'contactDelete', input, (tx, actor) =>
        crm.deleteContact(tx, actor, { id: idFor('Contact', input.id, 'id') }),
      ),
  }),
  contactSetPrimary: t.field({
    type: ContactSetPrimaryPayload,
    description: `Makes the contact its customer's primary contact; the previous primary loses the flag. ${EVENTS('contact.primarySet')}`,
    authScopes: WRITERS,
    args: { input: t.arg({ type: ContactIdInput, required: true, description: 'The contact.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'contactSetPrimary', input, (tx, actor) =>
        crm.setPrimaryContact(tx, actor, { id: idFor('Contact', input.id, 'id') }),
      ),
  }),
}));
