-- CreateEnum
CREATE TYPE "ApprovalRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'RETURNED');

-- CreateEnum
CREATE TYPE "ApprovalStepStatus" AS ENUM ('WAITING', 'PENDING', 'APPROVED', 'REJECTED', 'RETURNED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ApprovalMode" AS ENUM ('ANY', 'ALL', 'N_OF_M');

-- CreateEnum
CREATE TYPE "ApprovalAssigneeStatus" AS ENUM ('WAITING', 'PENDING', 'APPROVED', 'REJECTED', 'RETURNED', 'SKIPPED', 'ESCALATED', 'REASSIGNED');

-- CreateEnum
CREATE TYPE "ApprovalAction" AS ENUM ('SUBMITTED', 'RESUBMITTED', 'APPROVED', 'REJECTED', 'RETURNED', 'WITHDRAWN', 'REASSIGNED', 'ESCALATED', 'STEP_COMPLETED');

-- CreateEnum
CREATE TYPE "DelegationStatus" AS ENUM ('ACTIVE', 'CANCELLED');

-- CreateTable
CREATE TABLE "ApprovalPolicy" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "subjectType" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rules" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ApprovalPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprovalRequest" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "requesterId" UUID NOT NULL,
    "policyId" UUID NOT NULL,
    "ruleName" TEXT NOT NULL,
    "facts" JSONB NOT NULL,
    "status" "ApprovalRequestStatus" NOT NULL DEFAULT 'PENDING',
    "round" INTEGER NOT NULL DEFAULT 1,
    "currentStepId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ApprovalRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprovalStep" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "mode" "ApprovalMode" NOT NULL,
    "requiredApprovals" INTEGER NOT NULL,
    "approvedCount" INTEGER NOT NULL DEFAULT 0,
    "status" "ApprovalStepStatus" NOT NULL,
    "slaHours" INTEGER,
    "escalateTo" JSONB,
    "dueAt" TIMESTAMPTZ(3),
    "escalatedAt" TIMESTAMPTZ(3),
    "activatedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApprovalStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprovalAssignee" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "stepId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "onBehalfOfId" UUID,
    "status" "ApprovalAssigneeStatus" NOT NULL,
    "comment" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApprovalAssignee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprovalEvent" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "stepId" UUID,
    "action" "ApprovalAction" NOT NULL,
    "actorEmployeeId" UUID,
    "actorName" TEXT NOT NULL,
    "onBehalfOfId" UUID,
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sequence" INTEGER NOT NULL,

    CONSTRAINT "ApprovalEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprovalDelegation" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "delegatorId" UUID NOT NULL,
    "delegateId" UUID NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "status" "DelegationStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMPTZ(3),

    CONSTRAINT "ApprovalDelegation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalPolicy_organizationId_id_key" ON "ApprovalPolicy"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalPolicy_organizationId_subjectType_key" ON "ApprovalPolicy"("organizationId", "subjectType");

-- CreateIndex
CREATE INDEX "ApprovalRequest_organizationId_requesterId_submittedAt_id_idx" ON "ApprovalRequest"("organizationId", "requesterId", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "ApprovalRequest_organizationId_status_submittedAt_id_idx" ON "ApprovalRequest"("organizationId", "status", "submittedAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalRequest_organizationId_id_key" ON "ApprovalRequest"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalRequest_organizationId_subjectType_subjectId_key" ON "ApprovalRequest"("organizationId", "subjectType", "subjectId");

-- CreateIndex
CREATE INDEX "ApprovalStep_organizationId_status_dueAt_idx" ON "ApprovalStep"("organizationId", "status", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalStep_organizationId_id_key" ON "ApprovalStep"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalStep_organizationId_requestId_round_position_key" ON "ApprovalStep"("organizationId", "requestId", "round", "position");

-- CreateIndex
CREATE INDEX "ApprovalAssignee_organizationId_employeeId_status_requestId_idx" ON "ApprovalAssignee"("organizationId", "employeeId", "status", "requestId");

-- CreateIndex
CREATE INDEX "ApprovalAssignee_organizationId_requestId_idx" ON "ApprovalAssignee"("organizationId", "requestId");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalAssignee_organizationId_id_key" ON "ApprovalAssignee"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalAssignee_organizationId_stepId_employeeId_key" ON "ApprovalAssignee"("organizationId", "stepId", "employeeId");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalEvent_organizationId_id_key" ON "ApprovalEvent"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalEvent_organizationId_requestId_sequence_key" ON "ApprovalEvent"("organizationId", "requestId", "sequence");

-- CreateIndex
CREATE INDEX "ApprovalDelegation_organizationId_delegatorId_status_starts_idx" ON "ApprovalDelegation"("organizationId", "delegatorId", "status", "startsOn");

-- CreateIndex
CREATE INDEX "ApprovalDelegation_organizationId_delegateId_idx" ON "ApprovalDelegation"("organizationId", "delegateId");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalDelegation_organizationId_id_key" ON "ApprovalDelegation"("organizationId", "id");

-- AddForeignKey
ALTER TABLE "ApprovalRequest" ADD CONSTRAINT "ApprovalRequest_organizationId_requesterId_fkey" FOREIGN KEY ("organizationId", "requesterId") REFERENCES "Employee"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ApprovalRequest" ADD CONSTRAINT "ApprovalRequest_organizationId_policyId_fkey" FOREIGN KEY ("organizationId", "policyId") REFERENCES "ApprovalPolicy"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ApprovalRequest" ADD CONSTRAINT "ApprovalRequest_organizationId_currentStepId_fkey" FOREIGN KEY ("organizationId", "currentStepId") REFERENCES "ApprovalStep"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ApprovalStep" ADD CONSTRAINT "ApprovalStep_organizationId_requestId_fkey" FOREIGN KEY ("organizationId", "requestId") REFERENCES "ApprovalRequest"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalAssignee" ADD CONSTRAINT "ApprovalAssignee_organizationId_requestId_fkey" FOREIGN KEY ("organizationId", "requestId") REFERENCES "ApprovalRequest"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalAssignee" ADD CONSTRAINT "ApprovalAssignee_organizationId_stepId_fkey" FOREIGN KEY ("organizationId", "stepId") REFERENCES "ApprovalStep"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalAssignee" ADD CONSTRAINT "ApprovalAssignee_organizationId_employeeId_fkey" FOREIGN KEY ("organizationId", "employeeId") REFERENCES "Employee"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ApprovalAssignee" ADD CONSTRAINT "ApprovalAssignee_organizationId_onBehalfOfId_fkey" FOREIGN KEY ("organizationId", "onBehalfOfId") REFERENCES "Employee"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ApprovalEvent" ADD CONSTRAINT "ApprovalEvent_organizationId_requestId_fkey" FOREIGN KEY ("organizationId", "requestId") REFERENCES "ApprovalRequest"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalEvent" ADD CONSTRAINT "ApprovalEvent_organizationId_stepId_fkey" FOREIGN KEY ("organizationId", "stepId") REFERENCES "ApprovalStep"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ApprovalEvent" ADD CONSTRAINT "ApprovalEvent_organizationId_actorEmployeeId_fkey" FOREIGN KEY ("organizationId", "actorEmployeeId") REFERENCES "Employee"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ApprovalEvent" ADD CONSTRAINT "ApprovalEvent_organizationId_onBehalfOfId_fkey" FOREIGN KEY ("organizationId", "onBehalfOfId") REFERENCES "Employee"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ApprovalDelegation" ADD CONSTRAINT "ApprovalDelegation_organizationId_delegatorId_fkey" FOREIGN KEY ("organizationId", "delegatorId") REFERENCES "Employee"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ApprovalDelegation" ADD CONSTRAINT "ApprovalDelegation_organizationId_delegateId_fkey" FOREIGN KEY ("organizationId", "delegateId") REFERENCES "Employee"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- A delegation runs forwards and never to the delegator themselves.
ALTER TABLE "ApprovalDelegation" ADD CONSTRAINT "ApprovalDelegation_dates" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "ApprovalDelegation" ADD CONSTRAINT "ApprovalDelegation_not_self" CHECK ("delegatorId" <> "delegateId");
-- A step needs at least one approval and never counts more approvals than it has approvers.
ALTER TABLE "ApprovalStep" ADD CONSTRAINT "ApprovalStep_counts" CHECK ("requiredApprovals" >= 1 AND "approvedCount" >= 0);
