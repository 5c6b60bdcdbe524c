// Inventory's public face. Other domains (sales, production, purchasing) and the GraphQL resolvers import only from here.
export {
  createProduct,
  updateProduct,
  deactivateProduct,
  activateProduct,
  deleteProduct,
  type ProductRef,
  type ProductCreateInput,
  type ProductUpdateInput,
  type ProductStateInput,
} from './products.js';
export {
  createProductCategory,
  updateProductCategory,
  deleteProductCategory,
  type ProductCategoryRef,
  type ProductCategoryCreateInput,
  type ProductCategoryUpdateInput,
} from './categories.js';
export type { ProductFields } from './product-input.js';
export { INVENTORY_ERROR_CODES, type InventoryErrorCode } from './error-codes.js';
export {
  createWarehouse,
  updateWarehouse,
  deleteWarehouse,
  requireWarehouse,
  ROOT_LOCATION_CODE,
  type WarehouseRef,
  type WarehouseCreateInput,
  type WarehouseUpdateInput,
} from './warehouses.js';
export {
  createLocation,
  updateLocation,
  deleteLocation,
  virtualLocationId,
  type LocationRef,
  type LocationCreateInput,
  type LocationUpdateInput,
} from './locations.js';

import { registerOrganizationInitializer } from '../../platform/organizations.js';
import { setUpVirtualLocations } from './locations.js';

// Every new organization gets its virtual locations (SUPPLIER, CUSTOMER, PRODUCTION, ADJUSTMENT, SCRAP).
registerOrganizationInitializer(async (tx, actor) => {
  await setUpVirtualLocations(tx, actor);
});
export {
  receiveStock,
  issueStock,
  transferStock,
  adjustStock,
  scrapStock,
  type StockMoveRef,
  type DocumentReference,
  type StockReceiveInput,
  type StockIssueInput,
  type StockTransferInput,
  type StockAdjustInput,
  type StockScrapInput,
} from './stock.js';
export { returnToStock, type StockReturnInput } from './customer-returns.js';
export { consumeDocumentReservations, type DocumentConsumeInput, type DocumentConsumeLine } from './document-issues.js';
export { returnDocumentToStock, type DocumentReturnInput, type DocumentReturnLine } from './document-returns.js';
export type { DocumentPosting, DocumentMovesResult } from './document-moves.js';
export { stockAsOf, moveValuesByLine, type StockQuantityRow } from './stock-queries.js';
export { valueOf, shareOf, movingAverageOut } from './costing.js';
export { POSTING_CODES } from './move-posting.js';
export {
  reserveStock,
  releaseStock,
  consumeReservation,
  type ReservationRef,
  type ReservationKey,
  type Demand,
  type StockReserveInput,
  type StockReleaseInput,
  type StockConsumeInput,
} from './reservations.js';
export { claimDemandType } from './demand-owners.js';
export { releaseDocumentStock, type DocumentReleaseInput, type DocumentReleasedLine } from './document-releases.js';
export {
  reserveDocumentStock,
  type DocumentReserveInput,
  type DocumentReservationLine,
  type DocumentReservedLine,
} from './document-reservations.js';
export {
  createCycleCount,
  recordCycleCount,
  postCycleCount,
  cancelCycleCount,
  type CycleCountRef,
  type CycleCountCreateInput,
  type CycleCountRecordInput,
} from './cycle-counts.js';
export { inventoryValuation, type InventoryValuation, type ValuationRow } from './valuation.js';
export {
  productsByIds,
  existingProductIds,
  findProduct,
  findProductCategory,
  categoryChainsSql,
  findLocation,
  withProducts,
} from './lookups.js';
