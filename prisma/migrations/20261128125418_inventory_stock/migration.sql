-- CreateEnum
CREATE TYPE "StockMoveState" AS ENUM ('DRAFT', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "StockMoveKind" AS ENUM ('RECEIPT', 'ISSUE', 'TRANSFER', 'ADJUSTMENT', 'SCRAP');

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "averageCost" DECIMAL(20,6) NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "StockMove" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "quantity" DECIMAL(20,4) NOT NULL,
    "fromLocationId" UUID NOT NULL,
    "toLocationId" UUID NOT NULL,
    "unitCost" DECIMAL(20,6) NOT NULL,
    "kind" "StockMoveKind" NOT NULL,
    "state" "StockMoveState" NOT NULL,
    "reason" TEXT,
    "sourceType" TEXT,
    "sourceId" TEXT,
    "sourceLine" TEXT,
    "doneAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StockMove_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StockLevel" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "onHand" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "reserved" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StockLevel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StockMove_organizationId_productId_doneAt_idx" ON "StockMove"("organizationId", "productId", "doneAt");

-- CreateIndex
CREATE INDEX "StockMove_organizationId_fromLocationId_doneAt_idx" ON "StockMove"("organizationId", "fromLocationId", "doneAt");

-- CreateIndex
CREATE INDEX "StockMove_organizationId_toLocationId_doneAt_idx" ON "StockMove"("organizationId", "toLocationId", "doneAt");

-- CreateIndex
CREATE INDEX "StockMove_organizationId_createdAt_id_idx" ON "StockMove"("organizationId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "StockMove_organizationId_sourceType_sourceId_idx" ON "StockMove"("organizationId", "sourceType", "sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "StockMove_organizationId_id_key" ON "StockMove"("organizationId", "id");

-- CreateIndex
CREATE INDEX "StockLevel_organizationId_locationId_idx" ON "StockLevel"("organizationId", "locationId");

-- CreateIndex
CREATE UNIQUE INDEX "StockLevel_organizationId_id_key" ON "StockLevel"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "StockLevel_organizationId_productId_locationId_key" ON "StockLevel"("organizationId", "productId", "locationId");

-- AddForeignKey
ALTER TABLE "StockMove" ADD CONSTRAINT "StockMove_organizationId_productId_fkey" FOREIGN KEY ("organizationId", "productId") REFERENCES "Product"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "StockMove" ADD CONSTRAINT "StockMove_organizationId_fromLocationId_fkey" FOREIGN KEY ("organizationId", "fromLocationId") REFERENCES "Location"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "StockMove" ADD CONSTRAINT "StockMove_organizationId_toLocationId_fkey" FOREIGN KEY ("organizationId", "toLocationId") REFERENCES "Location"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "StockLevel" ADD CONSTRAINT "StockLevel_organizationId_productId_fkey" FOREIGN KEY ("organizationId", "productId") REFERENCES "Product"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "StockLevel" ADD CONSTRAINT "StockLevel_organizationId_locationId_fkey" FOREIGN KEY ("organizationId", "locationId") REFERENCES "Location"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- Hand-written: what Prisma's schema language cannot express.
ALTER TABLE "StockMove" ADD CONSTRAINT "StockMove_quantity_check" CHECK ("quantity" > 0 AND "unitCost" >= 0);
ALTER TABLE "StockMove" ADD CONSTRAINT "StockMove_locations_check" CHECK ("fromLocationId" <> "toLocationId");
ALTER TABLE "StockMove" ADD CONSTRAINT "StockMove_done_check" CHECK (("state" = 'DONE') = ("doneAt" IS NOT NULL));
ALTER TABLE "StockLevel" ADD CONSTRAINT "StockLevel_reserved_check" CHECK ("reserved" >= 0);
ALTER TABLE "Product" ADD CONSTRAINT "Product_averageCost_check" CHECK ("averageCost" >= 0);

-- The stock ledger is append-only: a DONE move is never changed or deleted; corrections are new moves.
CREATE FUNCTION unison_stock_move_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."state" = 'DONE' THEN
    RAISE EXCEPTION 'stock move % is done and cannot be changed or deleted; post a correcting move instead', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER "StockMove_immutable_when_done"
  BEFORE UPDATE OR DELETE ON "StockMove"
  FOR EACH ROW EXECUTE FUNCTION unison_stock_move_immutable();
