-- AlterTable
ALTER TABLE "Registration" ADD COLUMN "linkMailedAt" DATETIME;

-- AlterTable
ALTER TABLE "Exhibitor" ADD COLUMN "reapplicationMailedAt" DATETIME;

