-- AlterTable
ALTER TABLE "Exhibitor" ADD COLUMN "staffRequested" JSONB;

