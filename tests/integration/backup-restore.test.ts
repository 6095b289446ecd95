// `npm run db:backup -- <file>` on SQLite, and the restore it promises: back up, change data,
// put the copy in place, and the data is as it was. On PostgreSQL the command defers to pg_dump.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, sqliteFile } from '~/lib/db.server'
import { createTestDatabase, testDbKind, type TestDatabase } from '../support/db'

const runBackup = (databaseUrl: string, file: string) =>
  spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/db-backup.ts', file], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  })

describe(`db:backup on ${testDbKind()}`, () => {
  let t: TestDatabase
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fairdesk-backup-'))
  beforeAll(async () => {
    t = await createTestDatabase()
  })
  afterAll(async () => {
    await t?.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it.runIf(testDbKind() === 'sqlite')('backs up a live SQLite database and restores it', async () => {
    const company = await t.db.company.create({ data: { name: 'Backup GmbH', city: 'Ilmenau' } })
    await t.db.person.create({ data: { email: 'restore@backup.example', firstName: 'Rita', lastName: 'Restore', companyId: company.id } })
    const before = await t.db.person.findMany({ orderBy: { email: 'asc' } })

    // Taken while the app's client holds the database open.
    const file = path.join(dir, 'fairdesk-backup.db')
    const run = runBackup(t.url, file)
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('backup written')
    // A second backup never overwrites the first.
    expect(runBackup(t.url, file).status).toBe(1)

    await t.db.person.deleteMany({})
    await t.db.company.update({ where: { id: company.id }, data: { name: 'Changed' } })
    expect(await t.db.person.count()).toBe(0)

    // Restore: stop the app, put the copy in place of the file (and drop the old WAL), start again.
    await t.db.$disconnect()
    const live = sqliteFile(t.url)
    for (const suffix of ['-wal', '-shm']) fs.rmSync(live + suffix, { force: true })
    fs.copyFileSync(file, live)
    const restored = await createDb(t.url)
    try {
      expect(await restored.person.findMany({ orderBy: { email: 'asc' } })).toEqual(before)
      expect((await restored.company.findUniqueOrThrow({ where: { id: company.id } })).name).toBe('Backup GmbH')
      expect(await restored.$queryRawUnsafe('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }])
    } finally {
      await restored.$disconnect()
      t.db = await createDb(t.url)
    }
  })

  it.runIf(testDbKind() === 'postgresql')('names pg_dump for PostgreSQL and runs it when installed', () => {
    const file = path.join(dir, 'fairdesk.dump')
    const run = runBackup(t.url, file)
    expect(run.stderr).toContain('pg_dump is the backup tool')
    const hasPgDump = spawnSync('pg_dump', ['--version']).status === 0
    if (hasPgDump) expect(fs.existsSync(file)).toBe(true)
    else expect(run.status).toBe(1)
  })
})
