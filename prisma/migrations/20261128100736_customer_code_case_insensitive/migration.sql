-- Customer codes are unique per organization regardless of case, as the application compares them.
-- Prisma's schema language cannot express an index on lower(code), so it lives only here.
CREATE UNIQUE INDEX "Customer_organizationId_lower_code_key" ON "Customer" ("organizationId", lower("code"));
