-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN "eventId" TEXT;

-- CreateIndex
CREATE INDEX "AuditEntry_eventId_at_idx" ON "AuditEntry"("eventId", "at");

