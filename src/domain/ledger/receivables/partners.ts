import type { InvoiceKind } from '../../../generated/prisma/enums.js';
import type { AccountSubtype, JournalType } from '../../../generated/prisma/enums.js';
import { DomainError, fieldError, isUuid, type TenantTx } from '../../../platform/index.js';
import { findCustomer } from '../../crm/index.js';

export type PartnerSide = 'CUSTOMER' | 'SUPPLIER';

/** The customer or supplier a document or payment belongs to, with what the ledger needs of it. */
export interface Partner {
  side: PartnerSide;
  id: string;
  name: string;
  currency: string;
  paymentTermsDays: number;
}

export interface PartnerInput {
  customerId?: string | null;
  supplierId?: string | null;
}

export function sideOfKind(kind: InvoiceKind): PartnerSide {
  return kind === 'CUSTOMER_INVOICE' || kind === 'CUSTOMER_CREDIT_NOTE' ? 'CUSTOMER' : 'SUPPLIER';
}

export function isCreditNote(kind: InvoiceKind): boolean {
  return kind === 'CUSTOMER_CREDIT_NOTE' || kind === 'SUPPLIER_CREDIT_NOTE';
}

/** The account a side's open items sit on, the journal its documents go to, and the default line and tax accounts. */
export const SIDE = {
  CUSTOMER: { partnerRole: 'RECEIVABLE', journalType: 'SALES', lineRole: 'SALES', partnerType: 'Customer' },
  SUPPLIER: { partnerRole: 'PAYABLE', journalType: 'PURCHASE', lineRole: 'OPERATING_EXPENSE', partnerType: 'Supplier' },
} as const satisfies Record<
  PartnerSide,
  { partnerRole: AccountSubtype; journalType: JournalType; lineRole: AccountSubtype; partnerType: string }
>;

/**
 * Reads the partner named by exactly one of customerId and supplierId (or the one the side requires).
 * An archived or merged customer or a deactivated supplier takes no new documents.
 */
export async function findPartner(tx: TenantTx, input: PartnerInput, side?: PartnerSide): Promise<Partner> {
  const customerId = input.customerId ?? null;
  const supplierId = input.supplierId ?? null;
  if (side === 'CUSTOMER' && !customerId)
    throw new DomainError(fieldError('REQUIRED', 'customerId is required', 'customerId'));
  if (side === 'SUPPLIER' && !supplierId)
    throw new DomainError(fieldError('REQUIRED', 'supplierId is required', 'supplierId'));
  if (customerId && supplierId)
    throw new DomainError(fieldError('INVALID_INPUT', 'Give a customerId or a supplierId, not both', ['customerId']));
  if (customerId) {
    const customer = await findCustomer(tx, customerId);
    if (!customer)
      throw new DomainError(fieldError('NOT_FOUND', 'No customer with this id in your organization', 'customerId'));
    if (customer.status !== 'ACTIVE')
      throw new DomainError(fieldError('PARTNER_INACTIVE', `Customer ${customer.code} is archived`, 'customerId'));
    return {
      side: 'CUSTOMER',
      id: customer.id,
      name: customer.name,
      currency: customer.currency.trim(),
      paymentTermsDays: customer.paymentTermsDays,
    };
  }
  if (supplierId) {
    const supplier = isUuid(supplierId) ? await tx.supplier.findUnique({ where: { id: supplierId } }) : null;
    if (!supplier)
      throw new DomainError(fieldError('NOT_FOUND', 'No supplier with this id in your organization', 'supplierId'));
    if (!supplier.isActive)
      throw new DomainError(fieldError('PARTNER_INACTIVE', `Supplier ${supplier.code} is deactivated`, 'supplierId'));
    return {
      side: 'SUPPLIER',
      id: supplier.id,
      name: supplier.name,
      currency: supplier.currency.trim(),
      paymentTermsDays: supplier.paymentTermsDays,
    };
  }
  throw new DomainError(fieldError('REQUIRED', 'Give the customerId or the supplierId', 'customerId'));
}
