import { randomUUID } from 'node:crypto';
import type { Contact } from '../../generated/prisma/client.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkEmail,
  checkLength,
  checkRequired,
  cleanText,
  fieldError,
  lockRows,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';

export interface ContactRef {
  contactId: string;
  customerId: string;
}

export interface ContactFields {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  jobTitle?: string | null;
}

function cleanContactFields(input: ContactFields, creating: boolean) {
  const problems = new Problems();
  const name = cleanText(input.name);
  if (creating || input.name !== undefined) {
    if (checkRequired(problems, 'name', name)) checkLength(problems, 'name', name, 200);
  }
  const email = cleanText(input.email)?.toLowerCase() ?? cleanText(input.email);
  checkEmail(problems, 'email', email);
  const phone = cleanText(input.phone);
  checkLength(problems, 'phone', phone, 40);
  const jobTitle = cleanText(input.jobTitle);
  checkLength(problems, 'jobTitle', jobTitle, 100);
  problems.throwIfAny();
  return { name: name ?? undefined, email, phone, jobTitle };
}

/**
 * Every contact change locks its customer first: that serialises primary-flag changes,
 * so "at most one primary contact per customer" holds under concurrent requests.
 */
async function lockCustomer(tx: TenantTx, actor: Actor, customerId: string, field: string) {
  const locked = await lockRows(tx, actor.organizationId, 'Customer', [customerId]);
  if (!locked.has(customerId))
    throw new DomainError(fieldError('NOT_FOUND', 'No customer with this id in your organization', field));
  return tx.customer.findUniqueOrThrow({ where: { id: customerId } });
}

async function loadContact(tx: TenantTx, actor: Actor, id: string): Promise<Contact> {
  const contact = await tx.contact.findUnique({ where: { id } });
  if (!contact) throw new DomainError(fieldError('NOT_FOUND', 'No contact with this id in your organization', 'id'));
  await lockCustomer(tx, actor, contact.customerId, 'id');
  // Re-read under the customer lock: a merge may have moved the contact meanwhile.
  return tx.contact.findUniqueOrThrow({ where: { id } });
}

async function clearPrimary(tx: TenantTx, customerId: string, exceptId: string): Promise<void> {
  await tx.contact.updateMany({
    where: { customerId, isPrimary: true, NOT: { id: exceptId } },
    data: { isPrimary: false },
  });
}

export interface ContactCreateInput extends ContactFields {
  customerId: string;
  isPrimary?: boolean | null;
}

export async function createContact(tx: TenantTx, actor: Actor, input: ContactCreateInput): Promise<ContactRef> {
  const fields = cleanContactFields(input, true);
  const customer = await lockCustomer(tx, actor, input.customerId, 'customerId');
  if (customer.status === 'ARCHIVED') {
    throw new DomainError(fieldError('CUSTOMER_ARCHIVED', `Customer ${customer.code} is archived`, 'customerId'));
  }
  const id = randomUUID();
  const isPrimary = input.isPrimary ?? false;
  if (isPrimary) await clearPrimary(tx, customer.id, id);
  const contact = await tx.contact.create({
    data: {
      ...fields,
      id,
      organizationId: actor.organizationId,
      customerId: customer.id,
      name: fields.name as string,
      isPrimary,
    },
  });
  await recordAudit(tx, actor, { action: 'contactCreate', entityType: 'Contact', entityId: id, after: contact });
  await appendEvent(tx, actor, {
    type: 'contact.created',
    aggregateType: 'Customer',
    aggregateId: customer.id,
    payload: { contactId: id, isPrimary },
  });
  return { contactId: id, customerId: customer.id };
}

export interface ContactUpdateInput extends ContactFields {
  id: string;
}

export async function updateContact(tx: TenantTx, actor: Actor, input: ContactUpdateInput): Promise<ContactRef> {
  const fields = cleanContactFields(input, false);
  const before = await loadContact(tx, actor, input.id);
  const after = await tx.contact.update({ where: { id: before.id }, data: fields });
  await recordAudit(tx, actor, { action: 'contactUpdate', entityType: 'Contact', entityId: before.id, before, after });
  await appendEvent(tx, actor, {
    type: 'contact.updated',
    aggregateType: 'Customer',
    aggregateId: before.customerId,
    payload: { contactId: before.id },
  });
  return { contactId: before.id, customerId: before.customerId };
}

export async function deleteContact(tx: TenantTx, actor: Actor, input: { id: string }): Promise<ContactRef> {
  const before = await loadContact(tx, actor, input.id);
  await tx.contact.delete({ where: { id: before.id } });
  await recordAudit(tx, actor, { action: 'contactDelete', entityType: 'Contact', entityId: before.id, before });
  await appendEvent(tx, actor, {
    type: 'contact.deleted',
    aggregateType: 'Customer',
    aggregateId: before.customerId,
    payload: { contactId: before.id },
  });
  return { contactId: before.id, customerId: before.customerId };
}

export async function setPrimaryContact(tx: TenantTx, actor: Actor, input: { id: string }): Promise<ContactRef> {
  const before = await loadContact(tx, actor, input.id);
  if (!before.isPrimary) {
    await clearPrimary(tx, before.customerId, before.id);
    const after = await tx.contact.update({ where: { id: before.id }, data: { isPrimary: true } });
    await recordAudit(tx, actor, {
      action: 'contactSetPrimary',
      entityType: 'Contact',
      entityId: before.id,
      before,
      after,
    });
    await appendEvent(tx, actor, {
      type: 'contact.primarySet',
      aggregateType: 'Customer',
      aggregateId: before.customerId,
      payload: { contactId: before.id },
    });
  }
  return { contactId: before.id, customerId: before.customerId };
}
