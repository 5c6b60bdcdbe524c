import { combineWhere, enumWhere } from '../../schema/filters.js';
import type { InvoiceWhereValue, PaymentWhereValue } from '../../schema/ledger/receivables.js';
import { filterIdOf } from '../../schema/ids.js';
import { dateWhere } from '../../schema/filters.js';

/** Translates the GraphQL InvoiceWhere into a Prisma where clause. */
export function invoiceWhere(where: InvoiceWhereValue | null | undefined): object {
  return combineWhere(where, (w) => {
    const clauses: object[] = [
      ...enumWhere('kind', w.kind),
      ...enumWhere('status', w.status),
      ...dateWhere(w.issueDate, 'issueDate'),
      ...dateWhere(w.dueDate, 'dueDate'),
    ];
    if (w.customerId) clauses.push({ customerId: filterIdOf('Customer', w.customerId, 'customerId') });
    if (w.supplierId) clauses.push({ supplierId: filterIdOf('Supplier', w.supplierId, 'supplierId') });
    if (w.number) clauses.push({ number: w.number });
    return clauses;
  });
}

/** Translates the GraphQL PaymentWhere into a Prisma where clause. */
export function paymentWhere(w: PaymentWhereValue | null | undefined): object {
  if (!w) return {};
  const clauses: object[] = [...dateWhere(w.date)];
  if (w.direction) clauses.push({ direction: w.direction });
  if (w.status) clauses.push({ status: w.status });
  if (w.customerId) clauses.push({ customerId: filterIdOf('Customer', w.customerId, 'customerId') });
  if (w.supplierId) clauses.push({ supplierId: filterIdOf('Supplier', w.supplierId, 'supplierId') });
  return { AND: clauses };
}
