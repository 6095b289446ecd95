-- AlterTable
ALTER TABLE "EventQuestion" ADD COLUMN "exchangeField" TEXT;

