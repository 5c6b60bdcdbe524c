// Purchasing's public face. Other domains and the GraphQL resolvers import only from here.
import { onInvoiceVoid } from '../ledger/index.js';
import { givePurchaseOrderBillBack } from './bill-voids.js';

export {
  createSupplier,
  updateSupplier,
  deactivateSupplier,
  activateSupplier,
  deleteSupplier,
  type SupplierRef,
  type SupplierCreateInput,
  type SupplierUpdateInput,
  type SupplierTransitionInput,
} from './suppliers.js';
export type { SupplierFields } from './supplier-input.js';
export { PURCHASING_ERROR_CODES, type PurchasingErrorCode } from './error-codes.js';
export { PURCHASE_ORDER_ERROR_CODES, type PurchaseOrderErrorCode } from './error-codes.js';
export {
  setSupplierPrice,
  deleteSupplierPrice,
  supplierPriceFor,
  type SupplierPriceSetInput,
  type SupplierPriceRef,
} from './supplier-prices.js';
export {
  createPurchaseOrder,
  updatePurchaseOrder,
  sendPurchaseOrder,
  cancelPurchaseOrder,
  type PurchaseOrderCreateInput,
  type PurchaseOrderUpdateInput,
  type PurchaseOrderLineInput,
  type PurchaseOrderRef,
} from './purchase-orders.js';
export { receivePurchaseOrder, OVER_RECEIPT_TOLERANCE_PERCENT, type PurchaseOrderReceiveInput } from './receipts.js';
export { replenishmentSuggestions, type ReplenishmentSuggestion } from './replenishment.js';
export { quantityToOrder, type PlanningParameters } from './replenishment-rules.js';
export {
  createPurchaseRequest,
  updatePurchaseRequest,
  type PurchaseRequestCreateInput,
  type PurchaseRequestUpdateInput,
  type PurchaseRequestLineInput,
  type PurchaseRequestRef,
} from './purchase-requests.js';
export {
  submitPurchaseRequest,
  cancelPurchaseRequest,
  PURCHASE_REQUEST_SUBJECT,
  type PurchaseRequestActionInput,
} from './purchase-request-approval.js';
export { convertPurchaseRequest, type PurchaseRequestConvertInput } from './purchase-request-convert.js';
export { PURCHASE_REQUEST_ERROR_CODES, type PurchaseRequestErrorCode } from './purchase-request-error-codes.js';
export {
  supplierBillFromPurchaseOrder,
  type SupplierBillFromPurchaseOrderInput,
  type SupplierBillFromPurchaseOrderRef,
} from './bills.js';
export { matchStatus, type MatchStatus } from './grni-math.js';

// Voiding a bill made from a purchase order (through the ledger's voidInvoice) gives its quantities and cleared values back.
onInvoiceVoid(givePurchaseOrderBillBack);
