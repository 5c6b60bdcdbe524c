-- CreateEnum
CREATE TYPE "PurchaseOrderStatus" AS ENUM ('DRAFT', 'SENT', 'PARTIALLY_RECEIVED', 'RECEIVED', 'BILLED', 'CLOSED', 'CANCELLED');

-- AlterTable
ALTER TABLE "InvoiceLine" ADD COLUMN     "productId" UUID,
ADD COLUMN     "purchaseOrderLineId" UUID;

-- CreateTable
CREATE TABLE "SupplierPrice" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "supplierId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "price" DECIMAL(20,6) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "minQuantity" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "leadTimeDays" INTEGER,
    "supplierSku" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SupplierPrice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PurchaseOrder" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "supplierId" UUID NOT NULL,
    "status" "PurchaseOrderStatus" NOT NULL DEFAULT 'DRAFT',
    "currency" CHAR(3) NOT NULL,
    "orderDate" DATE NOT NULL,
    "expectedDate" DATE,
    "reference" TEXT,
    "notes" TEXT,
    "subtotal" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "taxTotal" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "total" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "sentAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PurchaseOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PurchaseOrderLine" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "productId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" DECIMAL(20,4) NOT NULL,
    "unitPrice" DECIMAL(20,6) NOT NULL,
    "taxRate" DECIMAL(7,4) NOT NULL DEFAULT 0,
    "subtotal" DECIMAL(20,4) NOT NULL,
    "tax" DECIMAL(20,4) NOT NULL,
    "total" DECIMAL(20,4) NOT NULL,
    "expectedDate" DATE,
    "quantityReceived" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "quantityBilled" DECIMAL(20,4) NOT NULL DEFAULT 0,

    CONSTRAINT "PurchaseOrderLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupplierPrice_organizationId_productId_idx" ON "SupplierPrice"("organizationId", "productId");

-- CreateIndex
CREATE UNIQUE INDEX "SupplierPrice_organizationId_id_key" ON "SupplierPrice"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SupplierPrice_organizationId_supplierId_productId_minQuanti_key" ON "SupplierPrice"("organizationId", "supplierId", "productId", "minQuantity");

-- CreateIndex
CREATE INDEX "PurchaseOrder_organizationId_supplierId_status_idx" ON "PurchaseOrder"("organizationId", "supplierId", "status");

-- CreateIndex
CREATE INDEX "PurchaseOrder_organizationId_orderDate_id_idx" ON "PurchaseOrder"("organizationId", "orderDate", "id");

-- CreateIndex
CREATE INDEX "PurchaseOrder_organizationId_status_expectedDate_idx" ON "PurchaseOrder"("organizationId", "status", "expectedDate");

-- CreateIndex
CREATE UNIQUE INDEX "PurchaseOrder_organizationId_id_key" ON "PurchaseOrder"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PurchaseOrder_organizationId_number_key" ON "PurchaseOrder"("organizationId", "number");

-- CreateIndex
CREATE INDEX "PurchaseOrderLine_organizationId_productId_idx" ON "PurchaseOrderLine"("organizationId", "productId");

-- CreateIndex
CREATE UNIQUE INDEX "PurchaseOrderLine_organizationId_id_key" ON "PurchaseOrderLine"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PurchaseOrderLine_organizationId_orderId_lineNo_key" ON "PurchaseOrderLine"("organizationId", "orderId", "lineNo");

-- CreateIndex
CREATE INDEX "InvoiceLine_organizationId_productId_idx" ON "InvoiceLine"("organizationId", "productId");

-- CreateIndex
CREATE INDEX "InvoiceLine_organizationId_purchaseOrderLineId_idx" ON "InvoiceLine"("organizationId", "purchaseOrderLineId");

-- AddForeignKey
ALTER TABLE "SupplierPrice" ADD CONSTRAINT "SupplierPrice_organizationId_supplierId_fkey" FOREIGN KEY ("organizationId", "supplierId") REFERENCES "Supplier"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplierPrice" ADD CONSTRAINT "SupplierPrice_organizationId_productId_fkey" FOREIGN KEY ("organizationId", "productId") REFERENCES "Product"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurchaseOrder" ADD CONSTRAINT "PurchaseOrder_organizationId_supplierId_fkey" FOREIGN KEY ("organizationId", "supplierId") REFERENCES "Supplier"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurchaseOrderLine" ADD CONSTRAINT "PurchaseOrderLine_organizationId_orderId_fkey" FOREIGN KEY ("organizationId", "orderId") REFERENCES "PurchaseOrder"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurchaseOrderLine" ADD CONSTRAINT "PurchaseOrderLine_organizationId_productId_fkey" FOREIGN KEY ("organizationId", "productId") REFERENCES "Product"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_organizationId_productId_fkey" FOREIGN KEY ("organizationId", "productId") REFERENCES "Product"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_organizationId_purchaseOrderLineId_fkey" FOREIGN KEY ("organizationId", "purchaseOrderLineId") REFERENCES "PurchaseOrderLine"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- Hand-written: rules the Prisma schema language cannot express.
ALTER TABLE "SupplierPrice" ADD CONSTRAINT "SupplierPrice_amounts_check" CHECK ("price" >= 0 AND "minQuantity" >= 0);
ALTER TABLE "PurchaseOrderLine" ADD CONSTRAINT "PurchaseOrderLine_quantities_check"
  CHECK ("quantity" > 0 AND "quantityReceived" >= 0 AND "quantityBilled" >= 0 AND "unitPrice" >= 0);
