-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN     "override" BOOLEAN NOT NULL DEFAULT false;

