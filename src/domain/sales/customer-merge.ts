import type { TenantTx } from '../../platform/index.js';

/**
 * When crm merges a customer into another, the quotes and sales orders follow the survivor, and so do the source's
 * price lists in currencies the survivor has none in, and its exemption and invoice policy if the survivor has none: the
 * survivor's own choices win. What stays behind belongs to the archived source as history.
 */
export async function moveSalesRecords(tx: TenantTx, sourceId: string, targetId: string): Promise<void> {
  await tx.quote.updateMany({ where: { customerId: sourceId }, data: { customerId: targetId } });
  await tx.salesOrder.updateMany({ where: { customerId: sourceId }, data: { customerId: targetId } });
  const targetCurrencies = (
    await tx.customerPriceList.findMany({ where: { customerId: targetId }, select: { currency: true } })
  ).map((row) => row.currency);
  await tx.customerPriceList.updateMany({
    where: { customerId: sourceId, currency: { notIn: targetCurrencies } },
    data: { customerId: targetId },
  });
  if ((await tx.customerTaxExemption.count({ where: { customerId: targetId } })) === 0) {
    await tx.customerTaxExemption.updateMany({ where: { customerId: sourceId }, data: { customerId: targetId } });
  }
  if ((await tx.customerSalesSettings.count({ where: { customerId: targetId } })) === 0) {
    await tx.customerSalesSettings.updateMany({ where: { customerId: sourceId }, data: { customerId: targetId } });
  }
}
