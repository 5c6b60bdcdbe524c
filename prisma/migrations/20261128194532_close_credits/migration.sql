-- AlterTable
ALTER TABLE "SalesReturnCredit" ALTER COLUMN "salesReturnId" DROP NOT NULL,
ALTER COLUMN "salesReturnLineId" DROP NOT NULL;

-- A credit is a return's (both set) or the order's close's (both null), never half of each.
ALTER TABLE "SalesReturnCredit" ADD CONSTRAINT "SalesReturnCredit_return_or_close_check"
  CHECK (("salesReturnId" IS NULL) = ("salesReturnLineId" IS NULL));
