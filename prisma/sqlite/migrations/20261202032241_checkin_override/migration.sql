-- AlterTable
-- Written by hand in place of Prisma's table rebuild: SQLite adds a NOT NULL column with a constant
-- default in place, as PostgreSQL does, and the two histories stay comparable table by table.
ALTER TABLE "CheckIn" ADD COLUMN "override" BOOLEAN NOT NULL DEFAULT false;
