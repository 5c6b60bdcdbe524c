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
