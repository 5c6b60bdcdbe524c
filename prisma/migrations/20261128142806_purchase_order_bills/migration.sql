-- AlterTable
ALTER TABLE "PurchaseOrderLine" ADD COLUMN     "valueClearedBase" DECIMAL(20,4) NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "PurchaseOrderBill" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "differenceBase" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "differenceEntryId" UUID,
    "voidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PurchaseOrderBill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PurchaseOrderBillLine" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "billId" UUID NOT NULL,
    "orderLineId" UUID NOT NULL,
    "invoiceLineId" UUID NOT NULL,
    "quantity" DECIMAL(20,4) NOT NULL,
    "valueBilledBase" DECIMAL(20,4) NOT NULL,
    "valueClearedBase" DECIMAL(20,4) NOT NULL,
    "receivedValueBase" DECIMAL(20,4) NOT NULL,

    CONSTRAINT "PurchaseOrderBillLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PurchaseOrderBill_organizationId_orderId_createdAt_idx" ON "PurchaseOrderBill"("organizationId", "orderId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PurchaseOrderBill_organizationId_id_key" ON "PurchaseOrderBill"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PurchaseOrderBill_organizationId_invoiceId_key" ON "PurchaseOrderBill"("organizationId", "invoiceId");

-- CreateIndex
CREATE INDEX "PurchaseOrderBillLine_organizationId_orderLineId_idx" ON "PurchaseOrderBillLine"("organizationId", "orderLineId");

-- CreateIndex
CREATE INDEX "PurchaseOrderBillLine_organizationId_billId_idx" ON "PurchaseOrderBillLine"("organizationId", "billId");

-- CreateIndex
CREATE UNIQUE INDEX "PurchaseOrderBillLine_organizationId_id_key" ON "PurchaseOrderBillLine"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PurchaseOrderBillLine_organizationId_invoiceLineId_key" ON "PurchaseOrderBillLine"("organizationId", "invoiceLineId");

-- AddForeignKey
ALTER TABLE "PurchaseOrderBill" ADD CONSTRAINT "PurchaseOrderBill_organizationId_orderId_fkey" FOREIGN KEY ("organizationId", "orderId") REFERENCES "PurchaseOrder"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurchaseOrderBill" ADD CONSTRAINT "PurchaseOrderBill_organizationId_invoiceId_fkey" FOREIGN KEY ("organizationId", "invoiceId") REFERENCES "Invoice"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "PurchaseOrderBillLine" ADD CONSTRAINT "PurchaseOrderBillLine_organizationId_billId_fkey" FOREIGN KEY ("organizationId", "billId") REFERENCES "PurchaseOrderBill"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurchaseOrderBillLine" ADD CONSTRAINT "PurchaseOrderBillLine_organizationId_orderLineId_fkey" FOREIGN KEY ("organizationId", "orderLineId") REFERENCES "PurchaseOrderLine"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: billed quantities and cleared values never go negative.
ALTER TABLE "PurchaseOrderLine" ADD CONSTRAINT "PurchaseOrderLine_value_cleared_check" CHECK ("valueClearedBase" >= 0);
ALTER TABLE "PurchaseOrderBillLine" ADD CONSTRAINT "PurchaseOrderBillLine_quantity_check" CHECK ("quantity" > 0 AND "valueClearedBase" >= 0);
