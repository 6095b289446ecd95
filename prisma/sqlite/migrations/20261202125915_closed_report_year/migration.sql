-- CreateTable
CREATE TABLE "ClosedReportYear" (
    "year" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "report" TEXT NOT NULL,
    "closedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedById" TEXT,
    CONSTRAINT "ClosedReportYear_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

