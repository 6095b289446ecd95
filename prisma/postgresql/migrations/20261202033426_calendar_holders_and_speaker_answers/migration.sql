-- AlterTable
ALTER TABLE "Speaker" ADD COLUMN     "calendarSequence" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "transferCount" INTEGER NOT NULL DEFAULT 0;

