-- CreateEnum
CREATE TYPE "ShipmentStatus" AS ENUM ('DRAFT', 'SHIPPED', 'CANCELLED');

-- CreateTable
CREATE TABLE "Shipment" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "salesOrderId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "status" "ShipmentStatus" NOT NULL DEFAULT 'DRAFT',
    "plannedDate" DATE,
    "carrier" TEXT,
    "trackingReference" TEXT,
    "notes" TEXT,
    "shippedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "costOfGoods" DECIMAL(20,4),
    "costCurrency" CHAR(3),
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShipmentLine" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "shipmentId" UUID NOT NULL,
    "salesOrderLineId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "quantity" DECIMAL(20,4) NOT NULL,
    "stockMoveId" UUID,

    CONSTRAINT "ShipmentLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Shipment_organizationId_salesOrderId_status_idx" ON "Shipment"("organizationId", "salesOrderId", "status");

-- CreateIndex
CREATE INDEX "Shipment_organizationId_status_plannedDate_idx" ON "Shipment"("organizationId", "status", "plannedDate");

-- CreateIndex
CREATE INDEX "Shipment_organizationId_createdAt_id_idx" ON "Shipment"("organizationId", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_organizationId_id_key" ON "Shipment"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_organizationId_number_key" ON "Shipment"("organizationId", "number");

-- CreateIndex
CREATE INDEX "ShipmentLine_organizationId_salesOrderLineId_idx" ON "ShipmentLine"("organizationId", "salesOrderLineId");

-- CreateIndex
CREATE INDEX "ShipmentLine_organizationId_productId_idx" ON "ShipmentLine"("organizationId", "productId");

-- CreateIndex
CREATE UNIQUE INDEX "ShipmentLine_organizationId_id_key" ON "ShipmentLine"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ShipmentLine_organizationId_shipmentId_salesOrderLineId_key" ON "ShipmentLine"("organizationId", "shipmentId", "salesOrderLineId");

-- CreateIndex
CREATE UNIQUE INDEX "ShipmentLine_organizationId_stockMoveId_key" ON "ShipmentLine"("organizationId", "stockMoveId");

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_organizationId_salesOrderId_fkey" FOREIGN KEY ("organizationId", "salesOrderId") REFERENCES "SalesOrder"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_organizationId_locationId_fkey" FOREIGN KEY ("organizationId", "locationId") REFERENCES "Location"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ShipmentLine" ADD CONSTRAINT "ShipmentLine_organizationId_shipmentId_fkey" FOREIGN KEY ("organizationId", "shipmentId") REFERENCES "Shipment"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShipmentLine" ADD CONSTRAINT "ShipmentLine_organizationId_salesOrderLineId_fkey" FOREIGN KEY ("organizationId", "salesOrderLineId") REFERENCES "SalesOrderLine"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ShipmentLine" ADD CONSTRAINT "ShipmentLine_organizationId_productId_fkey" FOREIGN KEY ("organizationId", "productId") REFERENCES "Product"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ShipmentLine" ADD CONSTRAINT "ShipmentLine_organizationId_stockMoveId_fkey" FOREIGN KEY ("organizationId", "stockMoveId") REFERENCES "StockMove"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- Hand-written: what Prisma's schema language cannot express.
ALTER TABLE "ShipmentLine" ADD CONSTRAINT "ShipmentLine_quantity_check" CHECK ("quantity" > 0);
-- A shipped shipment has its time and cost; a draft or cancelled one has neither.
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_shipped_check" CHECK (
  ("status" = 'SHIPPED') = ("shippedAt" IS NOT NULL AND "costOfGoods" IS NOT NULL AND "costCurrency" IS NOT NULL));
