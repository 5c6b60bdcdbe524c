import type { Prisma } from '../../generated/prisma/client.js';
import type { CostingMethod, LotSizeRule, ProcurementMethod, ProductType } from '../../generated/prisma/enums.js';
import { Problems, checkIntRange, checkLength, checkRequired, cleanText } from '../../platform/index.js';
import { COST_SCALE, QUANTITY_SCALE, checkDecimal } from './numbers.js';

/** Fields a caller may set on a product. `undefined` leaves a field as it is; `null` clears it (or restores its default). */
export interface ProductFields {
  sku?: string | null;
  name?: string | null;
  description?: string | null;
  type?: ProductType | null;
  unitOfMeasure?: string | null;
  procurement?: ProcurementMethod | null;
  costingMethod?: CostingMethod | null;
  listPrice?: Prisma.Decimal | null;
  standardCost?: Prisma.Decimal | null;
  barcode?: string | null;
  categoryId?: string | null;
  allowNegativeStock?: boolean | null;
  leadTimeDays?: number | null;
  safetyStock?: Prisma.Decimal | null;
  reorderPoint?: Prisma.Decimal | null;
  minOrderQuantity?: Prisma.Decimal | null;
  orderMultiple?: Prisma.Decimal | null;
  lotSizeRule?: LotSizeRule | null;
  lotSizeQuantity?: Prisma.Decimal | null;
}

const SKU = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
export const MAX_LEAD_TIME_DAYS = 3650;

/** Rules that need a quantity; LOT_FOR_LOT orders exactly the net requirement and takes none. */
export const RULES_WITH_QUANTITY: LotSizeRule[] = ['FIXED_QUANTITY', 'MULTIPLE_OF', 'MINIMUM_QUANTITY'];

function cannotClear(problems: Problems, input: ProductFields, creating: boolean, field: keyof ProductFields): void {
  if (!creating && input[field] === null) problems.add('REQUIRED', `${field} cannot be cleared`, field);
}

/** Validates and normalises product fields. `creating` makes sku and name required. */
export function cleanProductFields(input: ProductFields, options: { creating: boolean }) {
  const { creating } = options;
  const problems = new Problems();
  const sku = cleanText(input.sku);
  if (creating || input.sku !== undefined) {
    if (checkRequired(problems, 'sku', sku)) {
      checkLength(problems, 'sku', sku, 64);
      if (!SKU.test(sku))
        problems.add('INVALID_CODE', 'sku may contain only letters, digits, ".", "_", "/" and "-"', 'sku');
    }
  }
  const name = cleanText(input.name);
  if (creating || input.name !== undefined) {
    if (checkRequired(problems, 'name', name)) checkLength(problems, 'name', name, 200);
  }
  const description = cleanText(input.description);
  checkLength(problems, 'description', description, 4000);
  const unitOfMeasure = cleanText(input.unitOfMeasure);
  if (input.unitOfMeasure !== undefined && unitOfMeasure === null && !creating) {
    problems.add('REQUIRED', 'unitOfMeasure cannot be cleared', 'unitOfMeasure');
  }
  checkLength(problems, 'unitOfMeasure', unitOfMeasure, 20);
  const barcode = cleanText(input.barcode);
  checkLength(problems, 'barcode', barcode, 64);
  for (const field of ['type', 'procurement', 'costingMethod', 'allowNegativeStock', 'lotSizeRule'] as const) {
    cannotClear(problems, input, creating, field);
  }
  checkIntRange(problems, 'leadTimeDays', input.leadTimeDays, 0, MAX_LEAD_TIME_DAYS);
  const cost = (field: 'listPrice' | 'standardCost') =>
    checkDecimal(problems, field, input[field], { scale: COST_SCALE });
  const quantity = (field: 'safetyStock' | 'reorderPoint' | 'minOrderQuantity' | 'orderMultiple') =>
    checkDecimal(problems, field, input[field], { scale: QUANTITY_SCALE });
  const fields = {
    sku: sku ?? undefined,
    name: name ?? undefined,
    description,
    type: input.type ?? undefined,
    unitOfMeasure: unitOfMeasure ?? undefined,
    procurement: input.procurement ?? undefined,
    costingMethod: input.costingMethod ?? undefined,
    listPrice: input.listPrice === null ? null : cost('listPrice'),
    standardCost: input.standardCost === null ? null : cost('standardCost'),
    barcode,
    allowNegativeStock: input.allowNegativeStock ?? undefined,
    // Planning numbers fall back to their default (0) when cleared.
    leadTimeDays: input.leadTimeDays === null ? 0 : (input.leadTimeDays ?? undefined),
    safetyStock: input.safetyStock === null ? 0 : quantity('safetyStock'),
    reorderPoint: input.reorderPoint === null ? 0 : quantity('reorderPoint'),
    minOrderQuantity: input.minOrderQuantity === null ? 0 : quantity('minOrderQuantity'),
    orderMultiple: input.orderMultiple === null ? 0 : quantity('orderMultiple'),
    lotSizeRule: input.lotSizeRule ?? undefined,
    lotSizeQuantity:
      input.lotSizeQuantity === null
        ? null
        : checkDecimal(problems, 'lotSizeQuantity', input.lotSizeQuantity, { scale: QUANTITY_SCALE, positive: true }),
  };
  problems.throwIfAny();
  return fields;
}

export type CleanProductFields = ReturnType<typeof cleanProductFields>;

/** A lot-size rule and its quantity must agree, judged on the product as it will be after the change. */
export function checkLotSize(rule: LotSizeRule, quantity: Prisma.Decimal | null): void {
  const problems = new Problems();
  if (RULES_WITH_QUANTITY.includes(rule) && quantity === null) {
    problems.add('REQUIRED', `lotSizeQuantity is required with lot-size rule ${rule}`, 'lotSizeQuantity');
  }
  if (rule === 'LOT_FOR_LOT' && quantity !== null) {
    problems.add('OUT_OF_RANGE', 'lotSizeQuantity must be empty with lot-size rule LOT_FOR_LOT', 'lotSizeQuantity');
  }
  problems.throwIfAny();
}
