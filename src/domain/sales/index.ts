// Sales' public face. Other domains and the GraphQL resolvers import only from here.
// Quotes and sales orders price their lines alike (line-pricing.ts: resolvePrices, resolveTaxes,
// priceSalesLines).
import { onCustomerMerge } from '../crm/index.js';
import { onInvoiceSettlementChanged, onInvoiceVoid } from '../ledger/index.js';
import { moveSalesRecords } from './customer-merge.js';
import { followSalesOrderPayments, giveSalesOrderInvoiceBack } from './sales-order-invoice.js';
import { giveCreditBack } from './sales-order-credit-notes.js';

export { SALES_ERROR_CODES, type SalesErrorCode } from './error-codes.js';
export {
  NO_TAX,
  pickQuantityBreak,
  convertListPrice,
  isWithin,
  priceSalesLines,
  type LineTax,
  type SalesLineInput,
} from './pricing-rules.js';
export {
  resolvePrices,
  resolveTaxes,
  validPriceList,
  productPrice,
  type PricingContext,
  type PricedProduct,
  type ResolvedPrice,
  type PriceSourceKind,
  type TaxDecision,
  type ProductPriceInput,
  type ProductPriceResult,
} from './pricing.js';
export {
  createTaxRate,
  updateTaxRate,
  setProductTaxRate,
  setCustomerTaxExemption,
  deleteCustomerTaxExemption,
  type TaxRateCreateInput,
  type TaxRateUpdateInput,
  type TaxRateRef,
  type ProductTaxRateSetInput,
  type ProductTaxRateRef,
  type CustomerTaxExemptionSetInput,
  type CustomerTaxExemptionRef,
} from './tax-rates.js';
export {
  createPriceList,
  updatePriceList,
  setPriceListItems,
  assignPriceList,
  type PriceListCreateInput,
  type PriceListUpdateInput,
  type PriceListItemInput,
  type PriceListRef,
  type PriceListAssignInput,
  type PriceListAssignRef,
} from './price-lists.js';
export {
  createQuote,
  updateQuote,
  sendQuote,
  acceptQuote,
  cancelQuote,
  DEFAULT_VALIDITY_DAYS,
  type QuoteCreateInput,
  type QuoteUpdateInput,
  type QuoteLineInput,
  type QuoteStateInput,
  type QuoteRef,
} from './quotes.js';
export { effectiveQuoteStatus, quoteStatusWhere, type QuoteState } from './quote-status.js';
export { todayUtc } from './refs.js';
export {
  createSalesOrder,
  updateSalesOrder,
  convertQuote,
  type SalesOrderCreateInput,
  type SalesOrderUpdateInput,
  type SalesOrderLineInput,
  type SalesOrderRef,
  type QuoteConvertInput,
} from './sales-orders.js';
export {
  confirmSalesOrder,
  cancelSalesOrder,
  SALES_ORDER_SUBJECT,
  type SalesOrderConfirmInput,
  type SalesOrderCancelInput,
} from './sales-order-confirm.js';
export { closeSalesOrder, type SalesOrderCloseInput } from './sales-order-close.js';
export { SALES_ORDER_DEMAND } from './sales-order-reservations.js';
export {
  createShipment,
  cancelShipment,
  type ShipmentCreateInput,
  type ShipmentLineInput,
  type ShipmentStateInput,
  type ShipmentRef,
} from './shipments.js';
export { shipShipment } from './shipment-ship.js';
export {
  createSalesReturn,
  cancelSalesReturn,
  type SalesReturnCreateInput,
  type SalesReturnLineInput,
  type SalesReturnStateInput,
  type SalesReturnRef,
} from './sales-returns.js';
export { receiveSalesReturn } from './sales-return-receive.js';
export { reserveSalesOrder, type SalesOrderReserveInput } from './sales-order-reserve.js';
export {
  setCustomerInvoicePolicy,
  type CustomerInvoicePolicySetInput,
  type CustomerInvoicePolicyRef,
} from './invoice-policy.js';
export { invoiceSalesOrder, type SalesOrderInvoiceInput, type SalesOrderInvoiceRef } from './sales-order-invoice.js';
export {
  invoiceStatusOf,
  invoiceableQuantity,
  billingPolicy,
  INVOICEABLE_ORDER_STATUSES,
  type InvoiceStatus,
} from './sales-order-billing-state.js';

// A merged customer's quotes, price lists and exemption follow the surviving customer.
onCustomerMerge(async (tx, _actor, { sourceId, targetId }) => moveSalesRecords(tx, sourceId, targetId));

// A voided invoice gives its quantities back to the order, a voided credit note of a return or a close
// its credited quantities; payments move invoiced orders to PAID and back.
onInvoiceVoid(giveSalesOrderInvoiceBack);
onInvoiceVoid(giveCreditBack);
onInvoiceSettlementChanged(followSalesOrderPayments);
