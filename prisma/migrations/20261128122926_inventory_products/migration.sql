-- CreateEnum
CREATE TYPE "ProductType" AS ENUM ('STOCKED', 'CONSUMABLE', 'SERVICE');

-- CreateEnum
CREATE TYPE "ProcurementMethod" AS ENUM ('BUY', 'MAKE');

-- CreateEnum
CREATE TYPE "CostingMethod" AS ENUM ('MOVING_AVERAGE', 'FIFO');

-- CreateEnum
CREATE TYPE "LotSizeRule" AS ENUM ('LOT_FOR_LOT', 'FIXED_QUANTITY', 'MULTIPLE_OF', 'MINIMUM_QUANTITY');

-- CreateTable
CREATE TABLE "ProductCategory" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "parentId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProductCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "sku" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "type" "ProductType" NOT NULL,
    "unitOfMeasure" TEXT NOT NULL,
    "procurement" "ProcurementMethod" NOT NULL DEFAULT 'BUY',
    "costingMethod" "CostingMethod" NOT NULL DEFAULT 'MOVING_AVERAGE',
    "listPrice" DECIMAL(20,6),
    "standardCost" DECIMAL(20,6),
    "barcode" TEXT,
    "categoryId" UUID,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "allowNegativeStock" BOOLEAN NOT NULL DEFAULT false,
    "leadTimeDays" INTEGER NOT NULL DEFAULT 0,
    "safetyStock" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "reorderPoint" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "minOrderQuantity" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "orderMultiple" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "lotSizeRule" "LotSizeRule" NOT NULL DEFAULT 'LOT_FOR_LOT',
    "lotSizeQuantity" DECIMAL(20,4),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProductCategory_organizationId_parentId_idx" ON "ProductCategory"("organizationId", "parentId");

-- CreateIndex
CREATE INDEX "ProductCategory_organizationId_name_id_idx" ON "ProductCategory"("organizationId", "name", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ProductCategory_organizationId_id_key" ON "ProductCategory"("organizationId", "id");

-- CreateIndex
CREATE INDEX "Product_organizationId_sku_id_idx" ON "Product"("organizationId", "sku", "id");

-- CreateIndex
CREATE INDEX "Product_organizationId_name_id_idx" ON "Product"("organizationId", "name", "id");

-- CreateIndex
CREATE INDEX "Product_organizationId_createdAt_id_idx" ON "Product"("organizationId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Product_organizationId_categoryId_idx" ON "Product"("organizationId", "categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "Product_organizationId_id_key" ON "Product"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Product_organizationId_barcode_key" ON "Product"("organizationId", "barcode");

-- AddForeignKey
ALTER TABLE "ProductCategory" ADD CONSTRAINT "ProductCategory_organizationId_parentId_fkey" FOREIGN KEY ("organizationId", "parentId") REFERENCES "ProductCategory"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_organizationId_categoryId_fkey" FOREIGN KEY ("organizationId", "categoryId") REFERENCES "ProductCategory"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- Hand-written: what Prisma's schema language cannot express.
-- SKUs are unique per organization regardless of case, as the application compares them.
CREATE UNIQUE INDEX "Product_organizationId_lower_sku_key" ON "Product" ("organizationId", lower("sku"));
-- Category names are unique among siblings regardless of case (top-level categories are siblings too).
CREATE UNIQUE INDEX "ProductCategory_organizationId_parent_lower_name_key"
  ON "ProductCategory" ("organizationId", COALESCE("parentId", '00000000-0000-0000-0000-000000000000'::uuid), lower("name"));

ALTER TABLE "Product" ADD CONSTRAINT "Product_quantities_check" CHECK (
  "leadTimeDays" >= 0 AND "safetyStock" >= 0 AND "reorderPoint" >= 0 AND "minOrderQuantity" >= 0 AND "orderMultiple" >= 0
  AND ("lotSizeQuantity" IS NULL OR "lotSizeQuantity" > 0)
  AND ("listPrice" IS NULL OR "listPrice" >= 0) AND ("standardCost" IS NULL OR "standardCost" >= 0)
);
ALTER TABLE "ProductCategory" ADD CONSTRAINT "ProductCategory_not_own_parent_check" CHECK ("parentId" IS NULL OR "parentId" <> "id");
