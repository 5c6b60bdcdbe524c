-- CreateEnum
CREATE TYPE "SalesOrderStatus" AS ENUM ('DRAFT', 'PENDING_APPROVAL', 'CONFIRMED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'INVOICED', 'PAID', 'CLOSED', 'CANCELLED');

-- CreateTable
CREATE TABLE "SalesOrder" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "customerId" UUID NOT NULL,
    "status" "SalesOrderStatus" NOT NULL DEFAULT 'DRAFT',
    "currency" CHAR(3) NOT NULL,
    "orderDate" DATE NOT NULL,
    "requestedDeliveryDate" DATE,
    "shippingAddress" JSONB,
    "locationId" UUID,
    "notes" TEXT,
    "customerReference" TEXT,
    "subtotal" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "discountTotal" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "taxTotal" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "total" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "quoteId" UUID,
    "approvalRequestId" UUID,
    "requesterId" UUID,
    "creditExposure" DECIMAL(20,4),
    "creditLimitExceeded" BOOLEAN NOT NULL DEFAULT false,
    "confirmedWithoutApproval" BOOLEAN NOT NULL DEFAULT false,
    "submittedAt" TIMESTAMPTZ(3),
    "confirmedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SalesOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SalesOrderLine" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "salesOrderId" UUID NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "productId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" DECIMAL(20,4) NOT NULL,
    "unitPrice" DECIMAL(20,6) NOT NULL,
    "priceSource" "PriceSource" NOT NULL,
    "priceListId" UUID,
    "discountPercent" DECIMAL(7,4) NOT NULL DEFAULT 0,
    "taxRateId" UUID,
    "taxPercent" DECIMAL(7,4) NOT NULL DEFAULT 0,
    "priceIncludesTax" BOOLEAN NOT NULL DEFAULT false,
    "gross" DECIMAL(20,4) NOT NULL,
    "discount" DECIMAL(20,4) NOT NULL,
    "subtotal" DECIMAL(20,4) NOT NULL,
    "tax" DECIMAL(20,4) NOT NULL,
    "total" DECIMAL(20,4) NOT NULL,
    "quantityReserved" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "quantityBackordered" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "quantityShipped" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "quantityInvoiced" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "quantityReturned" DECIMAL(20,4) NOT NULL DEFAULT 0,

    CONSTRAINT "SalesOrderLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SalesOrder_organizationId_customerId_orderDate_idx" ON "SalesOrder"("organizationId", "customerId", "orderDate");

-- CreateIndex
CREATE INDEX "SalesOrder_organizationId_orderDate_id_idx" ON "SalesOrder"("organizationId", "orderDate", "id");

-- CreateIndex
CREATE INDEX "SalesOrder_organizationId_status_idx" ON "SalesOrder"("organizationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "SalesOrder_organizationId_id_key" ON "SalesOrder"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SalesOrder_organizationId_number_key" ON "SalesOrder"("organizationId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "SalesOrder_organizationId_quoteId_key" ON "SalesOrder"("organizationId", "quoteId");

-- CreateIndex
CREATE INDEX "SalesOrderLine_organizationId_productId_idx" ON "SalesOrderLine"("organizationId", "productId");

-- CreateIndex
CREATE INDEX "SalesOrderLine_organizationId_priceListId_idx" ON "SalesOrderLine"("organizationId", "priceListId");

-- CreateIndex
CREATE INDEX "SalesOrderLine_organizationId_taxRateId_idx" ON "SalesOrderLine"("organizationId", "taxRateId");

-- CreateIndex
CREATE UNIQUE INDEX "SalesOrderLine_organizationId_id_key" ON "SalesOrderLine"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SalesOrderLine_organizationId_salesOrderId_lineNo_key" ON "SalesOrderLine"("organizationId", "salesOrderId", "lineNo");

-- AddForeignKey
ALTER TABLE "SalesOrder" ADD CONSTRAINT "SalesOrder_organizationId_customerId_fkey" FOREIGN KEY ("organizationId", "customerId") REFERENCES "Customer"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesOrder" ADD CONSTRAINT "SalesOrder_organizationId_locationId_fkey" FOREIGN KEY ("organizationId", "locationId") REFERENCES "Location"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SalesOrder" ADD CONSTRAINT "SalesOrder_organizationId_quoteId_fkey" FOREIGN KEY ("organizationId", "quoteId") REFERENCES "Quote"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SalesOrder" ADD CONSTRAINT "SalesOrder_organizationId_approvalRequestId_fkey" FOREIGN KEY ("organizationId", "approvalRequestId") REFERENCES "ApprovalRequest"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SalesOrder" ADD CONSTRAINT "SalesOrder_organizationId_requesterId_fkey" FOREIGN KEY ("organizationId", "requesterId") REFERENCES "Employee"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SalesOrder" ADD CONSTRAINT "SalesOrder_organizationId_createdById_fkey" FOREIGN KEY ("organizationId", "createdById") REFERENCES "ApiKey"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SalesOrderLine" ADD CONSTRAINT "SalesOrderLine_organizationId_salesOrderId_fkey" FOREIGN KEY ("organizationId", "salesOrderId") REFERENCES "SalesOrder"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesOrderLine" ADD CONSTRAINT "SalesOrderLine_organizationId_productId_fkey" FOREIGN KEY ("organizationId", "productId") REFERENCES "Product"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesOrderLine" ADD CONSTRAINT "SalesOrderLine_organizationId_priceListId_fkey" FOREIGN KEY ("organizationId", "priceListId") REFERENCES "PriceList"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SalesOrderLine" ADD CONSTRAINT "SalesOrderLine_organizationId_taxRateId_fkey" FOREIGN KEY ("organizationId", "taxRateId") REFERENCES "TaxRate"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- Hand-written: what Prisma's schema language cannot express.
ALTER TABLE "SalesOrder" ADD CONSTRAINT "SalesOrder_delivery_check" CHECK ("requestedDeliveryDate" IS NULL OR "requestedDeliveryDate" >= "orderDate");
ALTER TABLE "SalesOrderLine" ADD CONSTRAINT "SalesOrderLine_figures_check" CHECK ("quantity" > 0 AND "discountPercent" >= 0 AND "discountPercent" <= 100 AND "subtotal" + "tax" = "total");
-- Reserved and backordered together never exceed what was ordered; nothing goes negative.
ALTER TABLE "SalesOrderLine" ADD CONSTRAINT "SalesOrderLine_quantities_check" CHECK (
  "quantityReserved" >= 0 AND "quantityBackordered" >= 0 AND "quantityShipped" >= 0 AND "quantityInvoiced" >= 0 AND "quantityReturned" >= 0
  AND "quantityReserved" + "quantityBackordered" + "quantityShipped" <= "quantity");
