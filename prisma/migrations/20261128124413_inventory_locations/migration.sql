-- CreateEnum
CREATE TYPE "LocationType" AS ENUM ('INTERNAL', 'SUPPLIER', 'CUSTOMER', 'PRODUCTION', 'ADJUSTMENT', 'SCRAP');

-- CreateTable
CREATE TABLE "Warehouse" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rootLocationId" UUID,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Warehouse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Location" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "warehouseId" UUID,
    "parentId" UUID,
    "path" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "LocationType" NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Warehouse_organizationId_code_id_idx" ON "Warehouse"("organizationId", "code", "id");

-- CreateIndex
CREATE INDEX "Warehouse_organizationId_name_id_idx" ON "Warehouse"("organizationId", "name", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Warehouse_organizationId_id_key" ON "Warehouse"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Warehouse_organizationId_rootLocationId_key" ON "Warehouse"("organizationId", "rootLocationId");

-- CreateIndex
CREATE INDEX "Location_organizationId_warehouseId_code_id_idx" ON "Location"("organizationId", "warehouseId", "code", "id");

-- CreateIndex
CREATE INDEX "Location_organizationId_parentId_idx" ON "Location"("organizationId", "parentId");

-- CreateIndex
CREATE INDEX "Location_organizationId_path_idx" ON "Location"("organizationId", "path");

-- CreateIndex
CREATE INDEX "Location_organizationId_type_idx" ON "Location"("organizationId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "Location_organizationId_id_key" ON "Location"("organizationId", "id");

-- AddForeignKey
ALTER TABLE "Warehouse" ADD CONSTRAINT "Warehouse_organizationId_rootLocationId_fkey" FOREIGN KEY ("organizationId", "rootLocationId") REFERENCES "Location"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_organizationId_warehouseId_fkey" FOREIGN KEY ("organizationId", "warehouseId") REFERENCES "Warehouse"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_organizationId_parentId_fkey" FOREIGN KEY ("organizationId", "parentId") REFERENCES "Location"("organizationId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- Hand-written: what Prisma's schema language cannot express.
-- Warehouse codes are unique per organization, location codes per warehouse (virtual locations count as
-- one more "warehouse"), both regardless of case, as the application compares them.
CREATE UNIQUE INDEX "Warehouse_organizationId_lower_code_key" ON "Warehouse" ("organizationId", lower("code"));
CREATE UNIQUE INDEX "Location_organizationId_warehouse_lower_code_key"
  ON "Location" ("organizationId", COALESCE("warehouseId", '00000000-0000-0000-0000-000000000000'::uuid), lower("code"));
-- One virtual location per type and organization; one root location per warehouse.
CREATE UNIQUE INDEX "Location_organizationId_virtual_type_key" ON "Location" ("organizationId", "type") WHERE "warehouseId" IS NULL;
CREATE UNIQUE INDEX "Location_organizationId_warehouse_root_key" ON "Location" ("organizationId", "warehouseId")
  WHERE "parentId" IS NULL AND "warehouseId" IS NOT NULL;
-- Internal locations belong to a warehouse; virtual ones belong to none and have no parent.
ALTER TABLE "Location" ADD CONSTRAINT "Location_type_check" CHECK (
  ("type" = 'INTERNAL') = ("warehouseId" IS NOT NULL) AND ("type" = 'INTERNAL' OR "parentId" IS NULL)
);

-- Organizations created before this migration get their virtual locations here; new ones get them
-- from the inventory domain's organization initializer.
INSERT INTO "Location" ("id", "organizationId", "path", "code", "name", "type", "updatedAt")
SELECT v."id", v."organizationId", v."id"::text, v."code", v."name", v."type"::"LocationType", CURRENT_TIMESTAMP
FROM (
  SELECT gen_random_uuid() AS "id", o."id" AS "organizationId", t."code", t."name", t."code" AS "type"
  FROM "Organization" o
  CROSS JOIN (VALUES ('SUPPLIER', 'Suppliers'), ('CUSTOMER', 'Customers'), ('PRODUCTION', 'Production'),
                     ('ADJUSTMENT', 'Inventory adjustments'), ('SCRAP', 'Scrap')) AS t("code", "name")
) v;
