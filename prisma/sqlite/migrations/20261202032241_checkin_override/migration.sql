-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CheckIn" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "registrationId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "checkedInAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "gate" TEXT,
    "deviceId" TEXT,
    "byUserId" TEXT,
    "activeKey" TEXT,
    "undoneAt" DATETIME,
    "undoneById" TEXT,
    "nonce" TEXT,
    "conflict" BOOLEAN NOT NULL DEFAULT false,
    "override" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "CheckIn_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CheckIn_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CheckIn_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "CheckInDevice" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CheckIn_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_CheckIn" ("activeKey", "byUserId", "checkedInAt", "conflict", "day", "deviceId", "eventId", "gate", "id", "nonce", "registrationId", "undoneAt", "undoneById") SELECT "activeKey", "byUserId", "checkedInAt", "conflict", "day", "deviceId", "eventId", "gate", "id", "nonce", "registrationId", "undoneAt", "undoneById" FROM "CheckIn";
DROP TABLE "CheckIn";
ALTER TABLE "new_CheckIn" RENAME TO "CheckIn";
CREATE UNIQUE INDEX "CheckIn_activeKey_key" ON "CheckIn"("activeKey");
CREATE UNIQUE INDEX "CheckIn_nonce_key" ON "CheckIn"("nonce");
CREATE INDEX "CheckIn_eventId_day_idx" ON "CheckIn"("eventId", "day");
CREATE INDEX "CheckIn_registrationId_idx" ON "CheckIn"("registrationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

