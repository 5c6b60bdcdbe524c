-- CreateEnum
CREATE TYPE "QuoteStatus" AS ENUM ('DRAFT', 'SENT', 'ACCEPTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PriceSource" AS ENUM ('PRICE_LIST', 'LIST_PRICE', 'MANUAL');

-- CreateTable
CREATE TABLE "TaxRate" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rate" DECIMAL(7,4) NOT NULL,
    "priceIncludesTax" BOOLEAN NOT NULL DEFAULT false,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TaxRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductTaxRate" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "productId" UUID,
    "categoryId" UUID,
    "taxRateId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProductTaxRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerTaxExemption" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "certificateNumber" TEXT,
    "validFrom" DATE,
    "validTo" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CustomerTaxExemption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriceList" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "validFrom" DATE,
    "validTo" DATE,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PriceList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriceListItem" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "priceListId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "minQuantity" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "unitPrice" DECIMAL(20,6) NOT NULL,

    CONSTRAINT "PriceListItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerPriceList" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "priceListId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerPriceList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "customerId" UUID NOT NULL,
    "status" "QuoteStatus" NOT NULL DEFAULT 'DRAFT',
    "currency" CHAR(3) NOT NULL,
    "quoteDate" DATE NOT NULL,
    "validUntil" DATE NOT NULL,
    "notes" TEXT,
    "subtotal" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "discountTotal" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "taxTotal" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "total" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "sentAt" TIMESTAMPTZ(3),
    "acceptedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuoteLine" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "quoteId" UUID NOT NULL,
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

    CONSTRAINT "QuoteLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TaxRate_organizationId_name_id_idx" ON "TaxRate"("organizationId", "name", "id");

-- CreateIndex
CREATE UNIQUE INDEX "TaxRate_organizationId_id_key" ON "TaxRate"("organizationId", "id");

-- CreateIndex
CREATE INDEX "ProductTaxRate_organizationId_taxRateId_idx" ON "ProductTaxRate"("organizationId", "taxRateId");

-- CreateIndex
CREATE UNIQUE INDEX "ProductTaxRate_organizationId_id_key" ON "ProductTaxRate"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ProductTaxRate_organizationId_productId_key" ON "ProductTaxRate"("organizationId", "productId");

-- CreateIndex
CREATE UNIQUE INDEX "ProductTaxRate_organizationId_categoryId_key" ON "ProductTaxRate"("organizationId", "categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerTaxExemption_organizationId_id_key" ON "CustomerTaxExemption"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerTaxExemption_organizationId_customerId_key" ON "CustomerTaxExemption"("organizationId", "customerId");

-- CreateIndex
CREATE INDEX "PriceList_organizationId_name_id_idx" ON "PriceList"("organizationId", "name", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PriceList_organizationId_id_key" ON "PriceList"("organizationId", "id");

-- CreateIndex
CREATE INDEX "PriceListItem_organizationId_productId_idx" ON "PriceListItem"("organizationId", "productId");

-- CreateIndex
CREATE UNIQUE INDEX "PriceListItem_organizationId_id_key" ON "PriceListItem"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PriceListItem_organizationId_priceListId_productId_minQuant_key" ON "PriceListItem"("organizationId", "priceListId", "productId", "minQuantity");

-- CreateIndex
CREATE INDEX "CustomerPriceList_organizationId_priceListId_idx" ON "CustomerPriceList"("organizationId", "priceListId");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerPriceList_organizationId_id_key" ON "CustomerPriceList"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerPriceList_organizationId_customerId_currency_key" ON "CustomerPriceList"("organizationId", "customerId", "currency");

-- CreateIndex
CREATE INDEX "Quote_organizationId_customerId_quoteDate_idx" ON "Quote"("organizationId", "customerId", "quoteDate");

-- CreateIndex
CREATE INDEX "Quote_organizationId_quoteDate_id_idx" ON "Quote"("organizationId", "quoteDate", "id");

-- CreateIndex
CREATE INDEX "Quote_organizationId_status_validUntil_idx" ON "Quote"("organizationId", "status", "validUntil");

-- CreateIndex
CREATE UNIQUE INDEX "Quote_organizationId_id_key" ON "Quote"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Quote_organizationId_number_key" ON "Quote"("organizationId", "number");

-- CreateIndex
CREATE INDEX "QuoteLine_organizationId_productId_idx" ON "QuoteLine"("organizationId", "productId");

-- CreateIndex
CREATE INDEX "QuoteLine_organizationId_priceListId_idx" ON "QuoteLine"("organizationId", "priceListId");

-- CreateIndex
CREATE INDEX "QuoteLine_organizationId_taxRateId_idx" ON "QuoteLine"("organizationId", "taxRateId");

-- CreateIndex
CREATE UNIQUE INDEX "QuoteLine_organizationId_id_key" ON "QuoteLine"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "QuoteLine_organizationId_quoteId_lineNo_key" ON "QuoteLine"("organizationId", "quoteId", "lineNo");

-- AddForeignKey
ALTER TABLE "ProductTaxRate" ADD CONSTRAINT "ProductTaxRate_organizationId_productId_fkey" FOREIGN KEY ("organizationId", "productId") REFERENCES "Product"("organizationId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ProductTaxRate" ADD CONSTRAINT "ProductTaxRate_organizationId_categoryId_fkey" FOREIGN KEY ("organizationId", "categoryId") REFERENCES "ProductCategory"("organizationId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ProductTaxRate" ADD CONSTRAINT "ProductTaxRate_organizationId_taxRateId_fkey" FOREIGN KEY ("organizationId", "taxRateId") REFERENCES "TaxRate"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerTaxExemption" ADD CONSTRAINT "CustomerTaxExemption_organizationId_customerId_fkey" FOREIGN KEY ("organizationId", "customerId") REFERENCES "Customer"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriceListItem" ADD CONSTRAINT "PriceListItem_organizationId_priceListId_fkey" FOREIGN KEY ("organizationId", "priceListId") REFERENCES "PriceList"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriceListItem" ADD CONSTRAINT "PriceListItem_organizationId_productId_fkey" FOREIGN KEY ("organizationId", "productId") REFERENCES "Product"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerPriceList" ADD CONSTRAINT "CustomerPriceList_organizationId_customerId_fkey" FOREIGN KEY ("organizationId", "customerId") REFERENCES "Customer"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerPriceList" ADD CONSTRAINT "CustomerPriceList_organizationId_priceListId_fkey" FOREIGN KEY ("organizationId", "priceListId") REFERENCES "PriceList"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_organizationId_customerId_fkey" FOREIGN KEY ("organizationId", "customerId") REFERENCES "Customer"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteLine" ADD CONSTRAINT "QuoteLine_organizationId_quoteId_fkey" FOREIGN KEY ("organizationId", "quoteId") REFERENCES "Quote"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteLine" ADD CONSTRAINT "QuoteLine_organizationId_productId_fkey" FOREIGN KEY ("organizationId", "productId") REFERENCES "Product"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteLine" ADD CONSTRAINT "QuoteLine_organizationId_priceListId_fkey" FOREIGN KEY ("organizationId", "priceListId") REFERENCES "PriceList"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "QuoteLine" ADD CONSTRAINT "QuoteLine_organizationId_taxRateId_fkey" FOREIGN KEY ("organizationId", "taxRateId") REFERENCES "TaxRate"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- Hand-written: what Prisma's schema language cannot express.
CREATE UNIQUE INDEX "TaxRate_organizationId_lower_code_key" ON "TaxRate"("organizationId", lower("code"));
CREATE UNIQUE INDEX "TaxRate_one_default_per_organization" ON "TaxRate"("organizationId") WHERE "isDefault";
ALTER TABLE "TaxRate" ADD CONSTRAINT "TaxRate_rate_check" CHECK ("rate" >= 0 AND "rate" <= 100);
ALTER TABLE "ProductTaxRate" ADD CONSTRAINT "ProductTaxRate_one_target_check" CHECK (("productId" IS NULL) <> ("categoryId" IS NULL));
ALTER TABLE "CustomerTaxExemption" ADD CONSTRAINT "CustomerTaxExemption_validity_check" CHECK ("validFrom" IS NULL OR "validTo" IS NULL OR "validFrom" <= "validTo");
ALTER TABLE "PriceList" ADD CONSTRAINT "PriceList_validity_check" CHECK ("validFrom" IS NULL OR "validTo" IS NULL OR "validFrom" <= "validTo");
ALTER TABLE "PriceListItem" ADD CONSTRAINT "PriceListItem_amounts_check" CHECK ("minQuantity" >= 0 AND "unitPrice" >= 0);
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_validity_check" CHECK ("validUntil" >= "quoteDate");
ALTER TABLE "QuoteLine" ADD CONSTRAINT "QuoteLine_figures_check" CHECK ("quantity" > 0 AND "discountPercent" >= 0 AND "discountPercent" <= 100 AND "subtotal" + "tax" = "total");
