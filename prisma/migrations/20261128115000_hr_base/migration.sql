-- CreateEnum
CREATE TYPE "EmployeeStatus" AS ENUM ('ACTIVE', 'ON_LEAVE', 'TERMINATED');

-- AlterTable
ALTER TABLE "ApiKey" DROP COLUMN "employeeId";

-- CreateTable
CREATE TABLE "Department" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "parentId" UUID,
    "headId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Employee" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "workEmail" TEXT,
    "departmentId" UUID,
    "positionId" UUID,
    "managerId" UUID,
    "hireDate" DATE NOT NULL,
    "status" "EmployeeStatus" NOT NULL DEFAULT 'ACTIVE',
    "terminatedOn" DATE,
    "apiKeyId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Employee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Holiday" (
    "organizationId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("organizationId","date")
);

-- CreateIndex
CREATE INDEX "Department_organizationId_parentId_idx" ON "Department"("organizationId", "parentId");

-- CreateIndex
CREATE INDEX "Department_organizationId_name_id_idx" ON "Department"("organizationId", "name", "id");

-- CreateIndex
CREATE INDEX "Department_organizationId_headId_idx" ON "Department"("organizationId", "headId");

-- CreateIndex
CREATE UNIQUE INDEX "Department_organizationId_id_key" ON "Department"("organizationId", "id");

-- CreateIndex
CREATE INDEX "Position_organizationId_title_id_idx" ON "Position"("organizationId", "title", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Position_organizationId_id_key" ON "Position"("organizationId", "id");

-- CreateIndex
CREATE INDEX "Employee_organizationId_name_id_idx" ON "Employee"("organizationId", "name", "id");

-- CreateIndex
CREATE INDEX "Employee_organizationId_managerId_idx" ON "Employee"("organizationId", "managerId");

-- CreateIndex
CREATE INDEX "Employee_organizationId_departmentId_idx" ON "Employee"("organizationId", "departmentId");

-- CreateIndex
CREATE INDEX "Employee_organizationId_positionId_idx" ON "Employee"("organizationId", "positionId");

-- CreateIndex
CREATE UNIQUE INDEX "Employee_organizationId_id_key" ON "Employee"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Employee_organizationId_code_key" ON "Employee"("organizationId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Employee_organizationId_apiKeyId_key" ON "Employee"("organizationId", "apiKeyId");

-- AddForeignKey
ALTER TABLE "Department" ADD CONSTRAINT "Department_organizationId_parentId_fkey" FOREIGN KEY ("organizationId", "parentId") REFERENCES "Department"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Department" ADD CONSTRAINT "Department_organizationId_headId_fkey" FOREIGN KEY ("organizationId", "headId") REFERENCES "Employee"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_organizationId_departmentId_fkey" FOREIGN KEY ("organizationId", "departmentId") REFERENCES "Department"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_organizationId_positionId_fkey" FOREIGN KEY ("organizationId", "positionId") REFERENCES "Position"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_organizationId_managerId_fkey" FOREIGN KEY ("organizationId", "managerId") REFERENCES "Employee"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_organizationId_apiKeyId_fkey" FOREIGN KEY ("organizationId", "apiKeyId") REFERENCES "ApiKey"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- Employee codes are unique per organization regardless of case, as the application compares them.
CREATE UNIQUE INDEX "Employee_organizationId_lower_code_key" ON "Employee" ("organizationId", lower("code"));
-- Nobody manages themselves and no department is its own parent (longer cycles are refused by the domain).
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_not_own_manager" CHECK ("managerId" IS NULL OR "managerId" <> "id");
ALTER TABLE "Department" ADD CONSTRAINT "Department_not_own_parent" CHECK ("parentId" IS NULL OR "parentId" <> "id");
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_terminated_has_date" CHECK (("status" = 'TERMINATED') = ("terminatedOn" IS NOT NULL));
