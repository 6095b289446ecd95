-- CreateTable
CREATE TABLE "ClosedReportYear" (
    "year" INTEGER NOT NULL,
    "report" TEXT NOT NULL,
    "closedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedById" TEXT,

    CONSTRAINT "ClosedReportYear_pkey" PRIMARY KEY ("year")
);

-- AddForeignKey
ALTER TABLE "ClosedReportYear" ADD CONSTRAINT "ClosedReportYear_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

