-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "linkMailedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Exhibitor" ADD COLUMN     "reapplicationMailedAt" TIMESTAMP(3);

