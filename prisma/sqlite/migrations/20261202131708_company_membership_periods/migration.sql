-- CreateTable
CREATE TABLE "CompanyMembership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "companyId" TEXT NOT NULL,
    "from" DATETIME,
    "to" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CompanyMembership_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CompanyMembership_companyId_idx" ON "CompanyMembership"("companyId");


-- Existing members become one open period each: from their memberSince (null: since before the
-- records) until today. Company.isMember/memberSince stay as the summary of the current period.
INSERT INTO "CompanyMembership" ("id", "companyId", "from", "to", "createdAt")
SELECT 'm_' || "id", "id", "memberSince", NULL, "createdAt" FROM "Company" WHERE "isMember" = true;
