import type { TenantTx } from '../../platform/index.js';

/**
 * Request-line links of an order's lines that survive a rewrite of its lines (purchaseOrderUpdate):
 * a line keeps its link while its number and product stay the same.
 */
export async function keptRequestLinks(
  tx: TenantTx,
  orderId: string,
): Promise<(line: { lineNo: number; productId: string }) => string | null> {
  const linked = await tx.purchaseOrderLine.findMany({
    where: { orderId, purchaseRequestLineId: { not: null } },
    select: { lineNo: true, productId: true, purchaseRequestLineId: true },
  });
  return (line) =>
    linked.find((old) => old.lineNo === line.lineNo && old.productId === line.productId)?.purchaseRequestLineId ?? null;
}
