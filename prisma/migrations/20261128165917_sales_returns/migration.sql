-- CreateEnum
CREATE TYPE "SalesReturnStatus" AS ENUM ('DRAFT', 'RECEIVED', 'CANCELLED');

-- AlterTable
ALTER TABLE "SalesOrderLine" ADD COLUMN     "quantityCredited" DECIMAL(20,4) NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "SalesReturn" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "salesOrderId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "status" "SalesReturnStatus" NOT NULL DEFAULT 'DRAFT',
    "reason" TEXT NOT NULL,
    "returnDate" DATE NOT NULL,
    "receivedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SalesReturn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SalesReturnLine" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "salesReturnId" UUID NOT NULL,
    "salesOrderLineId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "quantity" DECIMAL(20,4) NOT NULL,
    "value" DECIMAL(20,4),
    "valueCurrency" CHAR(3),
    "stockMoveId" UUID,

    CONSTRAINT "SalesReturnLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SalesReturnCredit" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "salesReturnId" UUID NOT NULL,
    "salesReturnLineId" UUID NOT NULL,
    "salesOrderLineId" UUID NOT NULL,
    "invoiceLinkLineId" UUID NOT NULL,
    "creditNoteId" UUID NOT NULL,
    "creditNoteLineId" UUID NOT NULL,
    "quantity" DECIMAL(20,4) NOT NULL,
    "voidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SalesReturnCredit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SalesReturn_organizationId_salesOrderId_status_idx" ON "SalesReturn"("organizationId", "salesOrderId", "status");

-- CreateIndex
CREATE INDEX "SalesReturn_organizationId_status_returnDate_idx" ON "SalesReturn"("organizationId", "status", "returnDate");

-- CreateIndex
CREATE INDEX "SalesReturn_organizationId_returnDate_id_idx" ON "SalesReturn"("organizationId", "returnDate", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SalesReturn_organizationId_id_key" ON "SalesReturn"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SalesReturn_organizationId_number_key" ON "SalesReturn"("organizationId", "number");

-- CreateIndex
CREATE INDEX "SalesReturnLine_organizationId_salesOrderLineId_idx" ON "SalesReturnLine"("organizationId", "salesOrderLineId");

-- CreateIndex
CREATE INDEX "SalesReturnLine_organizationId_productId_idx" ON "SalesReturnLine"("organizationId", "productId");

-- CreateIndex
CREATE UNIQUE INDEX "SalesReturnLine_organizationId_id_key" ON "SalesReturnLine"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SalesReturnLine_organizationId_salesReturnId_salesOrderLine_key" ON "SalesReturnLine"("organizationId", "salesReturnId", "salesOrderLineId");

-- CreateIndex
CREATE UNIQUE INDEX "SalesReturnLine_organizationId_stockMoveId_key" ON "SalesReturnLine"("organizationId", "stockMoveId");

-- CreateIndex
CREATE INDEX "SalesReturnCredit_organizationId_salesReturnId_idx" ON "SalesReturnCredit"("organizationId", "salesReturnId");

-- CreateIndex
CREATE INDEX "SalesReturnCredit_organizationId_salesReturnLineId_idx" ON "SalesReturnCredit"("organizationId", "salesReturnLineId");

-- CreateIndex
CREATE INDEX "SalesReturnCredit_organizationId_salesOrderLineId_idx" ON "SalesReturnCredit"("organizationId", "salesOrderLineId");

-- CreateIndex
CREATE INDEX "SalesReturnCredit_organizationId_invoiceLinkLineId_idx" ON "SalesReturnCredit"("organizationId", "invoiceLinkLineId");

-- CreateIndex
CREATE INDEX "SalesReturnCredit_organizationId_creditNoteId_idx" ON "SalesReturnCredit"("organizationId", "creditNoteId");

-- CreateIndex
CREATE UNIQUE INDEX "SalesReturnCredit_organizationId_id_key" ON "SalesReturnCredit"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SalesReturnCredit_organizationId_creditNoteLineId_key" ON "SalesReturnCredit"("organizationId", "creditNoteLineId");

-- AddForeignKey
ALTER TABLE "SalesReturn" ADD CONSTRAINT "SalesReturn_organizationId_salesOrderId_fkey" FOREIGN KEY ("organizationId", "salesOrderId") REFERENCES "SalesOrder"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesReturn" ADD CONSTRAINT "SalesReturn_organizationId_locationId_fkey" FOREIGN KEY ("organizationId", "locationId") REFERENCES "Location"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SalesReturnLine" ADD CONSTRAINT "SalesReturnLine_organizationId_salesReturnId_fkey" FOREIGN KEY ("organizationId", "salesReturnId") REFERENCES "SalesReturn"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesReturnLine" ADD CONSTRAINT "SalesReturnLine_organizationId_salesOrderLineId_fkey" FOREIGN KEY ("organizationId", "salesOrderLineId") REFERENCES "SalesOrderLine"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SalesReturnLine" ADD CONSTRAINT "SalesReturnLine_organizationId_productId_fkey" FOREIGN KEY ("organizationId", "productId") REFERENCES "Product"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SalesReturnLine" ADD CONSTRAINT "SalesReturnLine_organizationId_stockMoveId_fkey" FOREIGN KEY ("organizationId", "stockMoveId") REFERENCES "StockMove"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SalesReturnCredit" ADD CONSTRAINT "SalesReturnCredit_organizationId_salesReturnId_fkey" FOREIGN KEY ("organizationId", "salesReturnId") REFERENCES "SalesReturn"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesReturnCredit" ADD CONSTRAINT "SalesReturnCredit_organizationId_salesReturnLineId_fkey" FOREIGN KEY ("organizationId", "salesReturnLineId") REFERENCES "SalesReturnLine"("organizationId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SalesReturnCredit" ADD CONSTRAINT "SalesReturnCredit_organizationId_salesOrderLineId_fkey" FOREIGN KEY ("organizationId", "salesOrderLineId") REFERENCES "SalesOrderLine"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SalesReturnCredit" ADD CONSTRAINT "SalesReturnCredit_organizationId_invoiceLinkLineId_fkey" FOREIGN KEY ("organizationId", "invoiceLinkLineId") REFERENCES "SalesOrderInvoiceLine"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SalesReturnCredit" ADD CONSTRAINT "SalesReturnCredit_organizationId_creditNoteId_fkey" FOREIGN KEY ("organizationId", "creditNoteId") REFERENCES "Invoice"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SalesReturnCredit" ADD CONSTRAINT "SalesReturnCredit_organizationId_creditNoteLineId_fkey" FOREIGN KEY ("organizationId", "creditNoteLineId") REFERENCES "InvoiceLine"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- Hand-written: a return line returns something, a credit credits something, and an order line never
-- has more back than shipped nor more credited than invoiced.
ALTER TABLE "SalesReturnLine" ADD CONSTRAINT "SalesReturnLine_quantity_check" CHECK ("quantity" > 0);
ALTER TABLE "SalesReturnCredit" ADD CONSTRAINT "SalesReturnCredit_quantity_check" CHECK ("quantity" > 0);
ALTER TABLE "SalesOrderLine" ADD CONSTRAINT "SalesOrderLine_returned_check" CHECK ("quantityReturned" >= 0 AND "quantityReturned" <= "quantityShipped");
ALTER TABLE "SalesOrderLine" ADD CONSTRAINT "SalesOrderLine_credited_check" CHECK ("quantityCredited" >= 0 AND "quantityCredited" <= "quantityInvoiced");
