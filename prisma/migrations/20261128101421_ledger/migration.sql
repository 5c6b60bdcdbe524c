-- CreateEnum
CREATE TYPE "AccountType" AS ENUM ('ASSET', 'LIABILITY', 'EQUITY', 'REVENUE', 'EXPENSE');

-- CreateEnum
CREATE TYPE "AccountSubtype" AS ENUM ('BANK', 'CASH', 'RECEIVABLE', 'INVENTORY', 'CURRENT_ASSET', 'FIXED_ASSET', 'PAYABLE', 'SALES_TAX', 'GOODS_RECEIVED_NOT_INVOICED', 'SALARIES_PAYABLE', 'EMPLOYEE_PAYABLE', 'CURRENT_LIABILITY', 'RETAINED_EARNINGS', 'OWNER_EQUITY', 'SALES', 'OTHER_INCOME', 'COST_OF_GOODS_SOLD', 'OPERATING_EXPENSE', 'INVENTORY_ADJUSTMENT', 'ROUNDING', 'EXCHANGE_DIFFERENCE');

-- CreateEnum
CREATE TYPE "JournalType" AS ENUM ('GENERAL', 'SALES', 'PURCHASE', 'CASH', 'BANK');

-- CreateEnum
CREATE TYPE "JournalEntryStatus" AS ENUM ('DRAFT', 'POSTED');

-- CreateEnum
CREATE TYPE "PeriodStatus" AS ENUM ('OPEN', 'CLOSED', 'LOCKED');

-- CreateTable
CREATE TABLE "Account" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "AccountType" NOT NULL,
    "subtype" "AccountSubtype",
    "parentId" UUID,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Journal" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "JournalType" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Journal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FiscalYear" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "closedAt" TIMESTAMPTZ(3),
    "closingEntryId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FiscalYear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Period" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "fiscalYearId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "status" "PeriodStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Period_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JournalEntry" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "journalId" UUID NOT NULL,
    "number" TEXT,
    "date" DATE NOT NULL,
    "reference" TEXT,
    "memo" TEXT,
    "status" "JournalEntryStatus" NOT NULL DEFAULT 'DRAFT',
    "postedAt" TIMESTAMPTZ(3),
    "sourceType" TEXT,
    "sourceId" TEXT,
    "sourcePurpose" TEXT,
    "sourceHash" TEXT,
    "reversalOfId" UUID,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "JournalEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JournalLine" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "entryId" UUID NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "accountId" UUID NOT NULL,
    "debit" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "credit" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL,
    "amountCurrency" DECIMAL(20,4) NOT NULL,
    "rate" DECIMAL(20,10) NOT NULL DEFAULT 1,
    "partnerType" TEXT,
    "partnerId" UUID,
    "description" TEXT,
    "date" DATE NOT NULL,
    "posted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "JournalLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "organizationId" UUID NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "date" DATE NOT NULL,
    "rate" DECIMAL(20,10) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("organizationId","currency","date")
);

-- CreateTable
CREATE TABLE "PostingRule" (
    "organizationId" UUID NOT NULL,
    "role" "AccountSubtype" NOT NULL,
    "accountId" UUID NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PostingRule_pkey" PRIMARY KEY ("organizationId","role")
);

-- CreateTable
CREATE TABLE "LedgerSettings" (
    "organizationId" UUID NOT NULL,
    "roundingAccountId" UUID,

    CONSTRAINT "LedgerSettings_pkey" PRIMARY KEY ("organizationId")
);

-- CreateIndex
CREATE INDEX "Account_organizationId_type_code_idx" ON "Account"("organizationId", "type", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Account_organizationId_id_key" ON "Account"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Account_organizationId_code_key" ON "Account"("organizationId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Journal_organizationId_id_key" ON "Journal"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Journal_organizationId_code_key" ON "Journal"("organizationId", "code");

-- CreateIndex
CREATE INDEX "FiscalYear_organizationId_startDate_idx" ON "FiscalYear"("organizationId", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "FiscalYear_organizationId_id_key" ON "FiscalYear"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "FiscalYear_organizationId_name_key" ON "FiscalYear"("organizationId", "name");

-- CreateIndex
CREATE INDEX "Period_organizationId_startDate_endDate_idx" ON "Period"("organizationId", "startDate", "endDate");

-- CreateIndex
CREATE UNIQUE INDEX "Period_organizationId_id_key" ON "Period"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Period_organizationId_startDate_key" ON "Period"("organizationId", "startDate");

-- CreateIndex
CREATE INDEX "JournalEntry_organizationId_date_id_idx" ON "JournalEntry"("organizationId", "date", "id");

-- CreateIndex
CREATE INDEX "JournalEntry_organizationId_status_date_idx" ON "JournalEntry"("organizationId", "status", "date");

-- CreateIndex
CREATE UNIQUE INDEX "JournalEntry_organizationId_id_key" ON "JournalEntry"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "JournalEntry_organizationId_number_key" ON "JournalEntry"("organizationId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "JournalEntry_organizationId_reversalOfId_key" ON "JournalEntry"("organizationId", "reversalOfId");

-- CreateIndex
CREATE UNIQUE INDEX "JournalEntry_organizationId_sourceType_sourceId_sourcePurpo_key" ON "JournalEntry"("organizationId", "sourceType", "sourceId", "sourcePurpose");

-- CreateIndex
CREATE INDEX "JournalLine_organizationId_accountId_date_idx" ON "JournalLine"("organizationId", "accountId", "date");

-- CreateIndex
CREATE INDEX "JournalLine_organizationId_posted_date_accountId_idx" ON "JournalLine"("organizationId", "posted", "date", "accountId");

-- CreateIndex
CREATE UNIQUE INDEX "JournalLine_organizationId_id_key" ON "JournalLine"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "JournalLine_organizationId_entryId_lineNo_key" ON "JournalLine"("organizationId", "entryId", "lineNo");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_organizationId_parentId_fkey" FOREIGN KEY ("organizationId", "parentId") REFERENCES "Account"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Period" ADD CONSTRAINT "Period_organizationId_fiscalYearId_fkey" FOREIGN KEY ("organizationId", "fiscalYearId") REFERENCES "FiscalYear"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JournalEntry" ADD CONSTRAINT "JournalEntry_organizationId_journalId_fkey" FOREIGN KEY ("organizationId", "journalId") REFERENCES "Journal"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JournalEntry" ADD CONSTRAINT "JournalEntry_organizationId_reversalOfId_fkey" FOREIGN KEY ("organizationId", "reversalOfId") REFERENCES "JournalEntry"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "JournalLine" ADD CONSTRAINT "JournalLine_organizationId_entryId_fkey" FOREIGN KEY ("organizationId", "entryId") REFERENCES "JournalEntry"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JournalLine" ADD CONSTRAINT "JournalLine_organizationId_accountId_fkey" FOREIGN KEY ("organizationId", "accountId") REFERENCES "Account"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostingRule" ADD CONSTRAINT "PostingRule_organizationId_accountId_fkey" FOREIGN KEY ("organizationId", "accountId") REFERENCES "Account"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: what the Prisma schema cannot say.

-- Amounts are never negative, a line is a debit or a credit, never both or neither.
ALTER TABLE "JournalLine" ADD CONSTRAINT "JournalLine_one_side_check"
  CHECK ("debit" >= 0 AND "credit" >= 0 AND (("debit" > 0) <> ("credit" > 0)));
ALTER TABLE "JournalLine" ADD CONSTRAINT "JournalLine_amount_currency_check" CHECK ("amountCurrency" > 0 AND "rate" > 0);

-- Posted entries are immutable, enforced by the database and not only by the code:
-- corrections are reversing entries. A draft may change freely and may be posted once.
CREATE FUNCTION unison_journal_entry_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" = 'POSTED' THEN
    RAISE EXCEPTION 'journal entry % is posted and cannot be changed or deleted; reverse it instead', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER "JournalEntry_immutable_when_posted"
  BEFORE UPDATE OR DELETE ON "JournalEntry"
  FOR EACH ROW EXECUTE FUNCTION unison_journal_entry_immutable();

CREATE FUNCTION unison_journal_line_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."posted" THEN
    RAISE EXCEPTION 'journal line % belongs to a posted entry and cannot be changed or deleted', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND EXISTS (
    SELECT 1 FROM "JournalEntry" e WHERE e."id" = NEW."entryId" AND e."status" = 'POSTED'
  ) THEN
    RAISE EXCEPTION 'journal entry % is posted; no lines can be added', NEW."entryId"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER "JournalLine_immutable_when_posted"
  BEFORE INSERT OR UPDATE OR DELETE ON "JournalLine"
  FOR EACH ROW EXECUTE FUNCTION unison_journal_line_immutable();
