-- CreateEnum
CREATE TYPE "LeaveRequestStatus" AS ENUM ('DRAFT', 'PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'RETURNED');

-- CreateTable
CREATE TABLE "LeaveType" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "paid" BOOLEAN NOT NULL,
    "yearlyEntitlement" DECIMAL(6,1),
    "carryOverCap" DECIMAL(6,1) NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LeaveType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeaveBalance" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "leaveTypeId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "entitled" DECIMAL(6,1) NOT NULL,
    "carriedOver" DECIMAL(6,1) NOT NULL DEFAULT 0,
    "taken" DECIMAL(6,1) NOT NULL DEFAULT 0,
    "pending" DECIMAL(6,1) NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LeaveBalance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeaveRequest" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "leaveTypeId" UUID NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "halfDayStart" BOOLEAN NOT NULL DEFAULT false,
    "halfDayEnd" BOOLEAN NOT NULL DEFAULT false,
    "days" DECIMAL(6,1) NOT NULL,
    "reason" TEXT,
    "status" "LeaveRequestStatus" NOT NULL DEFAULT 'DRAFT',
    "approvalRequestId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LeaveRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LeaveType_organizationId_id_key" ON "LeaveType"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "LeaveType_organizationId_code_key" ON "LeaveType"("organizationId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "LeaveBalance_organizationId_id_key" ON "LeaveBalance"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "LeaveBalance_organizationId_employeeId_leaveTypeId_year_key" ON "LeaveBalance"("organizationId", "employeeId", "leaveTypeId", "year");

-- CreateIndex
CREATE INDEX "LeaveRequest_organizationId_employeeId_startDate_idx" ON "LeaveRequest"("organizationId", "employeeId", "startDate");

-- CreateIndex
CREATE INDEX "LeaveRequest_organizationId_status_startDate_idx" ON "LeaveRequest"("organizationId", "status", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "LeaveRequest_organizationId_id_key" ON "LeaveRequest"("organizationId", "id");

-- AddForeignKey
ALTER TABLE "LeaveBalance" ADD CONSTRAINT "LeaveBalance_organizationId_employeeId_fkey" FOREIGN KEY ("organizationId", "employeeId") REFERENCES "Employee"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "LeaveBalance" ADD CONSTRAINT "LeaveBalance_organizationId_leaveTypeId_fkey" FOREIGN KEY ("organizationId", "leaveTypeId") REFERENCES "LeaveType"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "LeaveRequest" ADD CONSTRAINT "LeaveRequest_organizationId_employeeId_fkey" FOREIGN KEY ("organizationId", "employeeId") REFERENCES "Employee"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "LeaveRequest" ADD CONSTRAINT "LeaveRequest_organizationId_leaveTypeId_fkey" FOREIGN KEY ("organizationId", "leaveTypeId") REFERENCES "LeaveType"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "LeaveRequest" ADD CONSTRAINT "LeaveRequest_organizationId_approvalRequestId_fkey" FOREIGN KEY ("organizationId", "approvalRequestId") REFERENCES "ApprovalRequest"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- Leave runs forwards within one year; balances never go below zero taken or pending.
ALTER TABLE "LeaveRequest" ADD CONSTRAINT "LeaveRequest_dates" CHECK ("endDate" >= "startDate" AND date_part('year', "startDate") = date_part('year', "endDate"));
ALTER TABLE "LeaveRequest" ADD CONSTRAINT "LeaveRequest_days" CHECK ("days" > 0);
ALTER TABLE "LeaveBalance" ADD CONSTRAINT "LeaveBalance_not_negative" CHECK ("taken" >= 0 AND "pending" >= 0 AND "entitled" >= 0 AND "carriedOver" >= 0);
