-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "stockValue" DECIMAL(20,4) NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "StockMove" ADD COLUMN     "journalEntryId" UUID,
ADD COLUMN     "value" DECIMAL(20,4) NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "StockCostLayer" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "moveId" UUID NOT NULL,
    "quantity" DECIMAL(20,4) NOT NULL,
    "remainingQuantity" DECIMAL(20,4) NOT NULL,
    "unitCost" DECIMAL(20,6) NOT NULL,
    "value" DECIMAL(20,4) NOT NULL,
    "remainingValue" DECIMAL(20,4) NOT NULL,
    "doneAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StockCostLayer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StockLayerConsumption" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "layerId" UUID NOT NULL,
    "moveId" UUID NOT NULL,
    "quantity" DECIMAL(20,4) NOT NULL,
    "value" DECIMAL(20,4) NOT NULL,

    CONSTRAINT "StockLayerConsumption_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StockCostLayer_organizationId_productId_doneAt_id_idx" ON "StockCostLayer"("organizationId", "productId", "doneAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "StockCostLayer_organizationId_id_key" ON "StockCostLayer"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "StockCostLayer_organizationId_moveId_key" ON "StockCostLayer"("organizationId", "moveId");

-- CreateIndex
CREATE INDEX "StockLayerConsumption_organizationId_layerId_idx" ON "StockLayerConsumption"("organizationId", "layerId");

-- CreateIndex
CREATE INDEX "StockLayerConsumption_organizationId_moveId_idx" ON "StockLayerConsumption"("organizationId", "moveId");

-- CreateIndex
CREATE UNIQUE INDEX "StockLayerConsumption_organizationId_id_key" ON "StockLayerConsumption"("organizationId", "id");

-- CreateIndex
CREATE INDEX "StockMove_organizationId_journalEntryId_idx" ON "StockMove"("organizationId", "journalEntryId");

-- AddForeignKey
ALTER TABLE "StockMove" ADD CONSTRAINT "StockMove_organizationId_journalEntryId_fkey" FOREIGN KEY ("organizationId", "journalEntryId") REFERENCES "JournalEntry"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "StockCostLayer" ADD CONSTRAINT "StockCostLayer_organizationId_productId_fkey" FOREIGN KEY ("organizationId", "productId") REFERENCES "Product"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "StockCostLayer" ADD CONSTRAINT "StockCostLayer_organizationId_moveId_fkey" FOREIGN KEY ("organizationId", "moveId") REFERENCES "StockMove"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "StockLayerConsumption" ADD CONSTRAINT "StockLayerConsumption_organizationId_layerId_fkey" FOREIGN KEY ("organizationId", "layerId") REFERENCES "StockCostLayer"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "StockLayerConsumption" ADD CONSTRAINT "StockLayerConsumption_organizationId_moveId_fkey" FOREIGN KEY ("organizationId", "moveId") REFERENCES "StockMove"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- Hand-written: values of the moves done before valuation existed, at quantity x recorded unit cost rounded half-up
-- to the base currency's minor unit (the DONE-move trigger refuses updates, so it is paused for the backfill).
-- Those moves posted nothing to the ledger; the books took their stock value through whatever entries the
-- organization made by hand.
CREATE FUNCTION unison_currency_scale(code text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN btrim(code) IN ('BIF','CLP','DJF','GNF','ISK','JPY','KMF','KRW','PYG','RWF','UGX','VND','VUV','XAF','XOF','XPF') THEN 0
    WHEN btrim(code) IN ('BHD','IQD','JOD','KWD','LYD','OMR','TND') THEN 3
    ELSE 2
  END
$$;

ALTER TABLE "StockMove" DISABLE TRIGGER "StockMove_immutable_when_done";
UPDATE "StockMove" m
   SET "value" = round(m."quantity" * m."unitCost", unison_currency_scale(o."baseCurrency"))
  FROM "Organization" o
 WHERE o."id" = m."organizationId" AND m."state" = 'DONE';
ALTER TABLE "StockMove" ENABLE TRIGGER "StockMove_immutable_when_done";

-- The product's stock value is the signed sum of its moves' values into and out of warehouse locations.
UPDATE "Product" p
   SET "stockValue" = v.total
  FROM (
    SELECT m."organizationId", m."productId",
           sum(CASE WHEN t."type" = 'INTERNAL' THEN m."value" ELSE 0 END) - sum(CASE WHEN f."type" = 'INTERNAL' THEN m."value" ELSE 0 END) AS total
      FROM "StockMove" m
      JOIN "Location" f ON f."organizationId" = m."organizationId" AND f."id" = m."fromLocationId"
      JOIN "Location" t ON t."organizationId" = m."organizationId" AND t."id" = m."toLocationId"
     WHERE m."state" = 'DONE'
     GROUP BY m."organizationId", m."productId"
  ) v
 WHERE p."organizationId" = v."organizationId" AND p."id" = v."productId";

-- The average cost shown is stock value / on hand from now on.
UPDATE "Product" p
   SET "averageCost" = round(p."stockValue" / s."onHand", 6)
  FROM (SELECT "organizationId", "productId", sum("onHand") AS "onHand" FROM "StockLevel" GROUP BY "organizationId", "productId") s
 WHERE p."organizationId" = s."organizationId" AND p."id" = s."productId" AND s."onHand" > 0;

-- FIFO products cannot go below zero: there is no layer to take negative stock's cost from.
UPDATE "Product" SET "allowNegativeStock" = false WHERE "costingMethod" = 'FIFO' AND "allowNegativeStock";
ALTER TABLE "Product" ADD CONSTRAINT "Product_fifo_no_negative_stock" CHECK (NOT ("costingMethod" = 'FIFO' AND "allowNegativeStock"));

ALTER TABLE "StockCostLayer" ADD CONSTRAINT "StockCostLayer_remaining_within" CHECK (
  "quantity" > 0 AND "remainingQuantity" >= 0 AND "remainingQuantity" <= "quantity"
  AND "remainingValue" >= 0 AND "remainingValue" <= "value"
  AND ("remainingQuantity" > 0 OR "remainingValue" = 0));
ALTER TABLE "StockLayerConsumption" ADD CONSTRAINT "StockLayerConsumption_positive" CHECK ("quantity" > 0 AND "value" >= 0);

-- The stock journal of the default journals, for organizations whose ledger was set up before it existed
-- (setUpLedger adds it for new ones).
INSERT INTO "Journal" ("id", "organizationId", "code", "name", "type", "createdAt")
SELECT gen_random_uuid(), j."organizationId", 'STK', 'Stock journal', 'GENERAL', now()
  FROM "Journal" j
 WHERE j."code" = 'GEN'
ON CONFLICT ("organizationId", "code") DO NOTHING;
