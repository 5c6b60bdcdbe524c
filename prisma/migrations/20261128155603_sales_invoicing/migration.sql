-- CreateEnum
CREATE TYPE "InvoicePolicy" AS ENUM ('ORDERED', 'DELIVERED');

-- CreateTable
CREATE TABLE "CustomerSalesSettings" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "invoicePolicy" "InvoicePolicy" NOT NULL DEFAULT 'ORDERED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CustomerSalesSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SalesOrderInvoice" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "salesOrderId" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "voidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SalesOrderInvoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SalesOrderInvoiceLine" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "salesOrderInvoiceId" UUID NOT NULL,
    "salesOrderLineId" UUID NOT NULL,
    "invoiceLineId" UUID NOT NULL,
    "quantity" DECIMAL(20,4) NOT NULL,

    CONSTRAINT "SalesOrderInvoiceLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CustomerSalesSettings_organizationId_id_key" ON "CustomerSalesSettings"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerSalesSettings_organizationId_customerId_key" ON "CustomerSalesSettings"("organizationId", "customerId");

-- CreateIndex
CREATE INDEX "SalesOrderInvoice_organizationId_salesOrderId_createdAt_idx" ON "SalesOrderInvoice"("organizationId", "salesOrderId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SalesOrderInvoice_organizationId_id_key" ON "SalesOrderInvoice"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SalesOrderInvoice_organizationId_invoiceId_key" ON "SalesOrderInvoice"("organizationId", "invoiceId");

-- CreateIndex
CREATE INDEX "SalesOrderInvoiceLine_organizationId_salesOrderLineId_idx" ON "SalesOrderInvoiceLine"("organizationId", "salesOrderLineId");

-- CreateIndex
CREATE INDEX "SalesOrderInvoiceLine_organizationId_salesOrderInvoiceId_idx" ON "SalesOrderInvoiceLine"("organizationId", "salesOrderInvoiceId");

-- CreateIndex
CREATE UNIQUE INDEX "SalesOrderInvoiceLine_organizationId_id_key" ON "SalesOrderInvoiceLine"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SalesOrderInvoiceLine_organizationId_invoiceLineId_key" ON "SalesOrderInvoiceLine"("organizationId", "invoiceLineId");

-- AddForeignKey
ALTER TABLE "CustomerSalesSettings" ADD CONSTRAINT "CustomerSalesSettings_organizationId_customerId_fkey" FOREIGN KEY ("organizationId", "customerId") REFERENCES "Customer"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesOrderInvoice" ADD CONSTRAINT "SalesOrderInvoice_organizationId_salesOrderId_fkey" FOREIGN KEY ("organizationId", "salesOrderId") REFERENCES "SalesOrder"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesOrderInvoice" ADD CONSTRAINT "SalesOrderInvoice_organizationId_invoiceId_fkey" FOREIGN KEY ("organizationId", "invoiceId") REFERENCES "Invoice"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SalesOrderInvoiceLine" ADD CONSTRAINT "SalesOrderInvoiceLine_organizationId_salesOrderInvoiceId_fkey" FOREIGN KEY ("organizationId", "salesOrderInvoiceId") REFERENCES "SalesOrderInvoice"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesOrderInvoiceLine" ADD CONSTRAINT "SalesOrderInvoiceLine_organizationId_salesOrderLineId_fkey" FOREIGN KEY ("organizationId", "salesOrderLineId") REFERENCES "SalesOrderLine"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesOrderInvoiceLine" ADD CONSTRAINT "SalesOrderInvoiceLine_organizationId_invoiceLineId_fkey" FOREIGN KEY ("organizationId", "invoiceLineId") REFERENCES "InvoiceLine"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- Hand-written: an invoice line invoices something, and an order line is never invoiced beyond what was ordered.
ALTER TABLE "SalesOrderInvoiceLine" ADD CONSTRAINT "SalesOrderInvoiceLine_quantity_check" CHECK ("quantity" > 0);
ALTER TABLE "SalesOrderLine" ADD CONSTRAINT "SalesOrderLine_invoiced_check" CHECK ("quantityInvoiced" <= "quantity");
