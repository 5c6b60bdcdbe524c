-- CreateEnum
CREATE TYPE "PurchaseRequestStatus" AS ENUM ('DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'CANCELLED', 'CONVERTED');

-- AlterTable
ALTER TABLE "PurchaseOrder" ADD COLUMN     "purchaseRequestId" UUID;

-- AlterTable
ALTER TABLE "PurchaseOrderLine" ADD COLUMN     "purchaseRequestLineId" UUID;

-- CreateTable
CREATE TABLE "PurchaseRequest" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "requesterId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "notes" TEXT,
    "status" "PurchaseRequestStatus" NOT NULL DEFAULT 'DRAFT',
    "currency" CHAR(3) NOT NULL,
    "estimatedTotal" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "approvalRequestId" UUID,
    "approvedWithoutPolicy" BOOLEAN NOT NULL DEFAULT false,
    "submittedAt" TIMESTAMPTZ(3),
    "approvedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "convertedAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PurchaseRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PurchaseRequestLine" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "productId" UUID NOT NULL,
    "description" TEXT,
    "quantity" DECIMAL(20,4) NOT NULL,
    "neededBy" DATE NOT NULL,
    "preferredSupplierId" UUID,
    "estimatedUnitPrice" DECIMAL(20,6) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "estimatedTotal" DECIMAL(20,4) NOT NULL,

    CONSTRAINT "PurchaseRequestLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PurchaseRequest_organizationId_status_createdAt_id_idx" ON "PurchaseRequest"("organizationId", "status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "PurchaseRequest_organizationId_requesterId_createdAt_id_idx" ON "PurchaseRequest"("organizationId", "requesterId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "PurchaseRequest_organizationId_createdAt_id_idx" ON "PurchaseRequest"("organizationId", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PurchaseRequest_organizationId_id_key" ON "PurchaseRequest"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PurchaseRequest_organizationId_number_key" ON "PurchaseRequest"("organizationId", "number");

-- CreateIndex
CREATE INDEX "PurchaseRequestLine_organizationId_productId_idx" ON "PurchaseRequestLine"("organizationId", "productId");

-- CreateIndex
CREATE UNIQUE INDEX "PurchaseRequestLine_organizationId_id_key" ON "PurchaseRequestLine"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PurchaseRequestLine_organizationId_requestId_lineNo_key" ON "PurchaseRequestLine"("organizationId", "requestId", "lineNo");

-- CreateIndex
CREATE UNIQUE INDEX "PurchaseOrderLine_organizationId_purchaseRequestLineId_key" ON "PurchaseOrderLine"("organizationId", "purchaseRequestLineId");

-- AddForeignKey
ALTER TABLE "PurchaseOrder" ADD CONSTRAINT "PurchaseOrder_organizationId_purchaseRequestId_fkey" FOREIGN KEY ("organizationId", "purchaseRequestId") REFERENCES "PurchaseRequest"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "PurchaseOrderLine" ADD CONSTRAINT "PurchaseOrderLine_organizationId_purchaseRequestLineId_fkey" FOREIGN KEY ("organizationId", "purchaseRequestLineId") REFERENCES "PurchaseRequestLine"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "PurchaseRequest" ADD CONSTRAINT "PurchaseRequest_organizationId_requesterId_fkey" FOREIGN KEY ("organizationId", "requesterId") REFERENCES "Employee"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "PurchaseRequest" ADD CONSTRAINT "PurchaseRequest_organizationId_approvalRequestId_fkey" FOREIGN KEY ("organizationId", "approvalRequestId") REFERENCES "ApprovalRequest"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "PurchaseRequestLine" ADD CONSTRAINT "PurchaseRequestLine_organizationId_requestId_fkey" FOREIGN KEY ("organizationId", "requestId") REFERENCES "PurchaseRequest"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurchaseRequestLine" ADD CONSTRAINT "PurchaseRequestLine_organizationId_productId_fkey" FOREIGN KEY ("organizationId", "productId") REFERENCES "Product"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurchaseRequestLine" ADD CONSTRAINT "PurchaseRequestLine_organizationId_preferredSupplierId_fkey" FOREIGN KEY ("organizationId", "preferredSupplierId") REFERENCES "Supplier"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- Hand-written: rules the Prisma schema language cannot express.
ALTER TABLE "PurchaseRequestLine" ADD CONSTRAINT "PurchaseRequestLine_amounts_check"
  CHECK ("quantity" > 0 AND "estimatedUnitPrice" >= 0 AND "estimatedTotal" >= 0);
ALTER TABLE "PurchaseRequest" ADD CONSTRAINT "PurchaseRequest_total_check" CHECK ("estimatedTotal" >= 0);
