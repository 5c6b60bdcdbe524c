-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('CUSTOMER_INVOICE', 'SUPPLIER_BILL', 'CUSTOMER_CREDIT_NOTE', 'SUPPLIER_CREDIT_NOTE');

-- CreateEnum
CREATE TYPE "InvoiceStatus" AS ENUM ('DRAFT', 'POSTED', 'PARTIALLY_PAID', 'PAID', 'VOID');

-- CreateEnum
CREATE TYPE "PaymentDirection" AS ENUM ('INCOMING', 'OUTGOING');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('BANK_TRANSFER', 'CASH', 'CARD', 'CHECK', 'DIRECT_DEBIT', 'OTHER');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('POSTED', 'VOID');

-- CreateTable
CREATE TABLE "Supplier" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "taxId" TEXT,
    "address" JSONB,
    "currency" CHAR(3) NOT NULL,
    "paymentTermsDays" INTEGER NOT NULL DEFAULT 30,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Supplier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "kind" "InvoiceKind" NOT NULL,
    "status" "InvoiceStatus" NOT NULL DEFAULT 'DRAFT',
    "number" TEXT,
    "customerId" UUID,
    "supplierId" UUID,
    "currency" CHAR(3) NOT NULL,
    "issueDate" DATE NOT NULL,
    "dueDate" DATE NOT NULL,
    "reference" TEXT,
    "memo" TEXT,
    "subtotal" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "discountTotal" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "taxTotal" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "total" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "totalBase" DECIMAL(20,4),
    "amountAllocated" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "baseAllocated" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "creditedInvoiceId" UUID,
    "journalEntryId" UUID,
    "voidEntryId" UUID,
    "postedAt" TIMESTAMPTZ(3),
    "voidedAt" TIMESTAMPTZ(3),
    "voidDate" DATE,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceLine" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "accountId" UUID NOT NULL,
    "quantity" DECIMAL(20,4) NOT NULL,
    "unitPrice" DECIMAL(20,6) NOT NULL,
    "discountPercent" DECIMAL(7,4) NOT NULL DEFAULT 0,
    "taxRate" DECIMAL(7,4) NOT NULL DEFAULT 0,
    "gross" DECIMAL(20,4) NOT NULL,
    "discount" DECIMAL(20,4) NOT NULL,
    "subtotal" DECIMAL(20,4) NOT NULL,
    "tax" DECIMAL(20,4) NOT NULL,
    "total" DECIMAL(20,4) NOT NULL,

    CONSTRAINT "InvoiceLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "direction" "PaymentDirection" NOT NULL,
    "status" "PaymentStatus" NOT NULL DEFAULT 'POSTED',
    "number" TEXT NOT NULL,
    "customerId" UUID,
    "supplierId" UUID,
    "date" DATE NOT NULL,
    "amount" DECIMAL(20,4) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "amountBase" DECIMAL(20,4) NOT NULL,
    "amountAllocated" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "baseAllocated" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "method" "PaymentMethod" NOT NULL,
    "bankAccountId" UUID NOT NULL,
    "reference" TEXT,
    "memo" TEXT,
    "journalEntryId" UUID NOT NULL,
    "voidEntryId" UUID,
    "voidedAt" TIMESTAMPTZ(3),
    "voidDate" DATE,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentAllocation" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "paymentId" UUID,
    "creditNoteId" UUID,
    "amount" DECIMAL(20,4) NOT NULL,
    "invoiceBase" DECIMAL(20,4) NOT NULL,
    "sourceBase" DECIMAL(20,4) NOT NULL,
    "date" DATE NOT NULL,
    "exchangeEntryId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentAllocation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Supplier_organizationId_name_id_idx" ON "Supplier"("organizationId", "name", "id");

-- CreateIndex
CREATE INDEX "Supplier_organizationId_createdAt_id_idx" ON "Supplier"("organizationId", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Supplier_organizationId_id_key" ON "Supplier"("organizationId", "id");

-- CreateIndex
CREATE INDEX "Invoice_organizationId_kind_status_dueDate_idx" ON "Invoice"("organizationId", "kind", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Invoice_organizationId_customerId_status_idx" ON "Invoice"("organizationId", "customerId", "status");

-- CreateIndex
CREATE INDEX "Invoice_organizationId_supplierId_status_idx" ON "Invoice"("organizationId", "supplierId", "status");

-- CreateIndex
CREATE INDEX "Invoice_organizationId_issueDate_id_idx" ON "Invoice"("organizationId", "issueDate", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_organizationId_id_key" ON "Invoice"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_organizationId_number_key" ON "Invoice"("organizationId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceLine_organizationId_id_key" ON "InvoiceLine"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceLine_organizationId_invoiceId_lineNo_key" ON "InvoiceLine"("organizationId", "invoiceId", "lineNo");

-- CreateIndex
CREATE INDEX "Payment_organizationId_customerId_date_idx" ON "Payment"("organizationId", "customerId", "date");

-- CreateIndex
CREATE INDEX "Payment_organizationId_supplierId_date_idx" ON "Payment"("organizationId", "supplierId", "date");

-- CreateIndex
CREATE INDEX "Payment_organizationId_date_id_idx" ON "Payment"("organizationId", "date", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_organizationId_id_key" ON "Payment"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_organizationId_number_key" ON "Payment"("organizationId", "number");

-- CreateIndex
CREATE INDEX "PaymentAllocation_organizationId_invoiceId_idx" ON "PaymentAllocation"("organizationId", "invoiceId");

-- CreateIndex
CREATE INDEX "PaymentAllocation_organizationId_paymentId_idx" ON "PaymentAllocation"("organizationId", "paymentId");

-- CreateIndex
CREATE INDEX "PaymentAllocation_organizationId_creditNoteId_idx" ON "PaymentAllocation"("organizationId", "creditNoteId");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentAllocation_organizationId_id_key" ON "PaymentAllocation"("organizationId", "id");

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_organizationId_customerId_fkey" FOREIGN KEY ("organizationId", "customerId") REFERENCES "Customer"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_organizationId_supplierId_fkey" FOREIGN KEY ("organizationId", "supplierId") REFERENCES "Supplier"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_organizationId_creditedInvoiceId_fkey" FOREIGN KEY ("organizationId", "creditedInvoiceId") REFERENCES "Invoice"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_organizationId_journalEntryId_fkey" FOREIGN KEY ("organizationId", "journalEntryId") REFERENCES "JournalEntry"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_organizationId_invoiceId_fkey" FOREIGN KEY ("organizationId", "invoiceId") REFERENCES "Invoice"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_organizationId_accountId_fkey" FOREIGN KEY ("organizationId", "accountId") REFERENCES "Account"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_organizationId_customerId_fkey" FOREIGN KEY ("organizationId", "customerId") REFERENCES "Customer"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_organizationId_supplierId_fkey" FOREIGN KEY ("organizationId", "supplierId") REFERENCES "Supplier"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_organizationId_bankAccountId_fkey" FOREIGN KEY ("organizationId", "bankAccountId") REFERENCES "Account"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_organizationId_journalEntryId_fkey" FOREIGN KEY ("organizationId", "journalEntryId") REFERENCES "JournalEntry"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "PaymentAllocation" ADD CONSTRAINT "PaymentAllocation_organizationId_invoiceId_fkey" FOREIGN KEY ("organizationId", "invoiceId") REFERENCES "Invoice"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentAllocation" ADD CONSTRAINT "PaymentAllocation_organizationId_paymentId_fkey" FOREIGN KEY ("organizationId", "paymentId") REFERENCES "Payment"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentAllocation" ADD CONSTRAINT "PaymentAllocation_organizationId_creditNoteId_fkey" FOREIGN KEY ("organizationId", "creditNoteId") REFERENCES "Invoice"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: rules the Prisma schema language cannot express.

-- Supplier codes are unique per organization regardless of case, like customer codes.
CREATE UNIQUE INDEX "Supplier_organizationId_lower_code_key" ON "Supplier" ("organizationId", lower("code"));

-- A customer document names a customer and no supplier, a supplier document the reverse.
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_partner_check" CHECK (
  ("kind" IN ('CUSTOMER_INVOICE', 'CUSTOMER_CREDIT_NOTE') AND "customerId" IS NOT NULL AND "supplierId" IS NULL)
  OR ("kind" IN ('SUPPLIER_BILL', 'SUPPLIER_CREDIT_NOTE') AND "supplierId" IS NOT NULL AND "customerId" IS NULL));
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_allocated_check" CHECK ("amountAllocated" >= 0 AND "amountAllocated" <= "total");
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_partner_check" CHECK (
  ("direction" = 'INCOMING' AND "customerId" IS NOT NULL AND "supplierId" IS NULL)
  OR ("direction" = 'OUTGOING' AND "supplierId" IS NOT NULL AND "customerId" IS NULL));
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_amount_check" CHECK ("amount" > 0 AND "amountAllocated" >= 0 AND "amountAllocated" <= "amount");
-- An allocation settles with exactly one source: a payment or a credit note.
ALTER TABLE "PaymentAllocation" ADD CONSTRAINT "PaymentAllocation_source_check" CHECK (
  ("paymentId" IS NOT NULL) <> ("creditNoteId" IS NOT NULL) AND "amount" > 0);
