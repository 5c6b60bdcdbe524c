-- CreateEnum
CREATE TYPE "ExpenseClaimStatus" AS ENUM ('DRAFT', 'PENDING', 'PAYABLE', 'REJECTED', 'WITHDRAWN', 'RETURNED');

-- CreateTable
CREATE TABLE "ExpenseClaim" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "status" "ExpenseClaimStatus" NOT NULL DEFAULT 'DRAFT',
    "baseAmount" DECIMAL(20,4),
    "approvalRequestId" UUID,
    "journalEntryId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ExpenseClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpenseClaimLine" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "category" TEXT NOT NULL,
    "amount" DECIMAL(20,4) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "description" TEXT,

    CONSTRAINT "ExpenseClaimLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExpenseClaim_organizationId_employeeId_createdAt_idx" ON "ExpenseClaim"("organizationId", "employeeId", "createdAt");

-- CreateIndex
CREATE INDEX "ExpenseClaim_organizationId_status_createdAt_idx" ON "ExpenseClaim"("organizationId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ExpenseClaim_organizationId_id_key" ON "ExpenseClaim"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ExpenseClaimLine_organizationId_id_key" ON "ExpenseClaimLine"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ExpenseClaimLine_organizationId_claimId_lineNo_key" ON "ExpenseClaimLine"("organizationId", "claimId", "lineNo");

-- AddForeignKey
ALTER TABLE "ExpenseClaim" ADD CONSTRAINT "ExpenseClaim_organizationId_employeeId_fkey" FOREIGN KEY ("organizationId", "employeeId") REFERENCES "Employee"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ExpenseClaim" ADD CONSTRAINT "ExpenseClaim_organizationId_approvalRequestId_fkey" FOREIGN KEY ("organizationId", "approvalRequestId") REFERENCES "ApprovalRequest"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ExpenseClaimLine" ADD CONSTRAINT "ExpenseClaimLine_organizationId_claimId_fkey" FOREIGN KEY ("organizationId", "claimId") REFERENCES "ExpenseClaim"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Expenses are positive amounts.
ALTER TABLE "ExpenseClaimLine" ADD CONSTRAINT "ExpenseClaimLine_amount_positive" CHECK ("amount" > 0);
