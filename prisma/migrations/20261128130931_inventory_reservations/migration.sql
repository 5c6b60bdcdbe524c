-- CreateTable
CREATE TABLE "StockReservation" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "demandType" TEXT NOT NULL,
    "demandId" TEXT NOT NULL,
    "demandLine" TEXT NOT NULL DEFAULT '',
    "quantity" DECIMAL(20,4) NOT NULL,
    "consumed" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StockReservation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StockReservation_organizationId_productId_locationId_idx" ON "StockReservation"("organizationId", "productId", "locationId");

-- CreateIndex
CREATE UNIQUE INDEX "StockReservation_organizationId_id_key" ON "StockReservation"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "StockReservation_organizationId_demandType_demandId_demandL_key" ON "StockReservation"("organizationId", "demandType", "demandId", "demandLine", "productId", "locationId");

-- AddForeignKey
ALTER TABLE "StockReservation" ADD CONSTRAINT "StockReservation_organizationId_productId_fkey" FOREIGN KEY ("organizationId", "productId") REFERENCES "Product"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "StockReservation" ADD CONSTRAINT "StockReservation_organizationId_locationId_fkey" FOREIGN KEY ("organizationId", "locationId") REFERENCES "Location"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- Hand-written: what Prisma's schema language cannot express.
ALTER TABLE "StockReservation" ADD CONSTRAINT "StockReservation_quantities_check" CHECK ("quantity" >= 0 AND "consumed" >= 0);
