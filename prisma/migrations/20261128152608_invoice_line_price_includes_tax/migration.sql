-- AlterTable
ALTER TABLE "InvoiceLine" ADD COLUMN     "priceIncludesTax" BOOLEAN NOT NULL DEFAULT false;
