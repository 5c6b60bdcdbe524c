-- CreateEnum
CREATE TYPE "CycleCountState" AS ENUM ('OPEN', 'POSTED', 'CANCELLED');

-- CreateTable
CREATE TABLE "CycleCount" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "state" "CycleCountState" NOT NULL DEFAULT 'OPEN',
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "postedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CycleCount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CycleCountLine" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "cycleCountId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "expectedQuantity" DECIMAL(20,4) NOT NULL,
    "countedQuantity" DECIMAL(20,4),
    "postedDifference" DECIMAL(20,4),

    CONSTRAINT "CycleCountLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CycleCount_organizationId_createdAt_id_idx" ON "CycleCount"("organizationId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "CycleCount_organizationId_locationId_idx" ON "CycleCount"("organizationId", "locationId");

-- CreateIndex
CREATE UNIQUE INDEX "CycleCount_organizationId_id_key" ON "CycleCount"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CycleCountLine_organizationId_id_key" ON "CycleCountLine"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CycleCountLine_organizationId_cycleCountId_productId_locati_key" ON "CycleCountLine"("organizationId", "cycleCountId", "productId", "locationId");

-- AddForeignKey
ALTER TABLE "CycleCount" ADD CONSTRAINT "CycleCount_organizationId_locationId_fkey" FOREIGN KEY ("organizationId", "locationId") REFERENCES "Location"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CycleCountLine" ADD CONSTRAINT "CycleCountLine_organizationId_cycleCountId_fkey" FOREIGN KEY ("organizationId", "cycleCountId") REFERENCES "CycleCount"("organizationId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CycleCountLine" ADD CONSTRAINT "CycleCountLine_organizationId_productId_fkey" FOREIGN KEY ("organizationId", "productId") REFERENCES "Product"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CycleCountLine" ADD CONSTRAINT "CycleCountLine_organizationId_locationId_fkey" FOREIGN KEY ("organizationId", "locationId") REFERENCES "Location"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- Hand-written: what Prisma's schema language cannot express.
ALTER TABLE "CycleCountLine" ADD CONSTRAINT "CycleCountLine_counted_check" CHECK ("countedQuantity" IS NULL OR "countedQuantity" >= 0);
ALTER TABLE "CycleCount" ADD CONSTRAINT "CycleCount_posted_check" CHECK (("state" = 'POSTED') = ("postedAt" IS NOT NULL));
