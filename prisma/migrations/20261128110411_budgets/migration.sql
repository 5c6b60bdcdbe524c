-- CreateTable
CREATE TABLE "BudgetAmount" (
    "organizationId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "periodId" UUID NOT NULL,
    "amount" DECIMAL(20,4) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BudgetAmount_pkey" PRIMARY KEY ("organizationId","accountId","periodId")
);

-- CreateIndex
CREATE INDEX "BudgetAmount_organizationId_periodId_idx" ON "BudgetAmount"("organizationId", "periodId");

-- AddForeignKey
ALTER TABLE "BudgetAmount" ADD CONSTRAINT "BudgetAmount_organizationId_accountId_fkey" FOREIGN KEY ("organizationId", "accountId") REFERENCES "Account"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetAmount" ADD CONSTRAINT "BudgetAmount_organizationId_periodId_fkey" FOREIGN KEY ("organizationId", "periodId") REFERENCES "Period"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
