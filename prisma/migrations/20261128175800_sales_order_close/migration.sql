-- AlterTable
ALTER TABLE "SalesOrder" ADD COLUMN     "closeReason" TEXT,
ADD COLUMN     "closedAt" TIMESTAMPTZ(3);
