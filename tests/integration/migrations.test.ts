import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrate, migrationsDir, readMigrations } from '~/lib/migrate.server'
import { createDb } from '~/lib/db.server'
import { createEmptyDatabase, createTestDatabase, testDbKind, type TestDatabase } from '../support/db'

describe(`migrations on ${testDbKind()}`, () => {
  let t: TestDatabase
  beforeAll(async () => {
    t = await createTestDatabase()
  })
  afterAll(() => t?.close())

  it('creates every model of the schema as a table with Prisma default names', async () => {
    const models = [...fs.readFileSync('prisma/schema.prisma', 'utf8').matchAll(/^model (\w+) \{/gm)].map((m) => m[1])
    expect(models.length).toBeGreaterThan(20)
    const tables = await listTables(t)
    for (const model of models) expect(tables).toContain(model)
  })

  it('is idempotent: a second run applies nothing', async () => {
    const again = await migrate(t.url)
    expect(again.applied).toEqual([])
    expect(again.alreadyApplied).toBe(readMigrations(migrationsDir(t.kind)).length)
  })

  it('refuses to run when an applied migration was edited afterwards', async () => {
    const dir = fs.mkdtempSync(`${process.env.TMPDIR ?? '/tmp'}/fairdesk-mig-`)
    const empty = await createEmptyDatabase()
    try {
      fs.mkdirSync(`${dir}/001_a`)
      fs.writeFileSync(`${dir}/001_a/migration.sql`, 'CREATE TABLE "Probe" ("id" INTEGER PRIMARY KEY);')
      await migrate(empty.url, dir)
      fs.writeFileSync(`${dir}/001_a/migration.sql`, 'CREATE TABLE "Probe" ("id" INTEGER PRIMARY KEY, "x" INTEGER);')
      await expect(migrate(empty.url, dir)).rejects.toThrow(/changed after it was applied/)
    } finally {
      await empty.drop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('rolls back a failing migration completely and records nothing', async () => {
    const dir = fs.mkdtempSync(`${process.env.TMPDIR ?? '/tmp'}/fairdesk-mig-`)
    const empty = await createEmptyDatabase()
    try {
      fs.mkdirSync(`${dir}/001_bad`)
      fs.writeFileSync(`${dir}/001_bad/migration.sql`, 'CREATE TABLE "Half" ("id" INTEGER PRIMARY KEY);\nTHIS IS NOT SQL;')
      await expect(migrate(empty.url, dir)).rejects.toThrow(/001_bad failed/)
      fs.writeFileSync(`${dir}/001_bad/migration.sql`, 'CREATE TABLE "Half" ("id" INTEGER PRIMARY KEY);')
      // Had the first attempt left "Half" behind or been recorded, this would fail or apply nothing.
      expect((await migrate(empty.url, dir)).applied).toEqual(['001_bad'])
    } finally {
      await empty.drop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the two migration histories', () => {
  it('describe the same schema: same migration names, and the snapshot matches schema.prisma', () => {
    const names = (kind: 'sqlite' | 'postgresql') => readMigrations(migrationsDir(kind)).map((m) => m.name)
    expect(names('postgresql')).toEqual(names('sqlite'))
    // The snapshot is written by `npm run db:migration`; a difference means a schema change without a migration.
    expect(fs.readFileSync('prisma/migrated-models.snapshot.prisma', 'utf8')).toBe(fs.readFileSync('prisma/schema.prisma', 'utf8'))
  })

  it('create the same columns for every table', () => {
    const columns = (kind: 'sqlite' | 'postgresql') => {
      const sql = readMigrations(migrationsDir(kind))
        .map((m) => m.sql)
        .join('\n')
      const result: Record<string, string[]> = {}
      for (const m of sql.matchAll(/CREATE TABLE "(\w+)" \(([\s\S]*?)\n\);/g)) {
        result[m[1]!] = [...m[2]!.matchAll(/^\s+"(\w+)"/gm)].map((c) => c[1]!).sort()
      }
      return result
    }
    const sqlite = columns('sqlite')
    expect(Object.keys(sqlite).length).toBeGreaterThan(20)
    expect(columns('postgresql')).toEqual(sqlite)
  })
})

async function listTables(t: TestDatabase): Promise<string[]> {
  const rows =
    t.kind === 'postgresql'
      ? await t.db.$queryRawUnsafe<{ name: string }[]>(
          `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public'`,
        )
      : await t.db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table'`)
  return rows.map((r) => r.name)
}

describe(`the membership periods migration on ${testDbKind()}`, () => {
  it('turns each member company into one open period from its memberSince', async () => {
    const kind = testDbKind()
    const all = readMigrations(migrationsDir(kind))
    const at = all.findIndex((m) => m.name.endsWith('_company_membership_periods'))
    expect(at).toBeGreaterThan(0)
    const dir = fs.mkdtempSync(`${process.env.TMPDIR ?? '/tmp'}/fairdesk-mig-`)
    const empty = await createEmptyDatabase()
    const copy = (names: string[]) => {
      for (const name of names) fs.cpSync(`${migrationsDir(kind)}/${name}`, `${dir}/${name}`, { recursive: true })
    }
    try {
      copy(all.slice(0, at).map((m) => m.name))
      await migrate(empty.url, dir)
      const before = await createDb(empty.url)
      await before.$executeRawUnsafe(
        `INSERT INTO "Company" ("id", "name", "country", "isMember", "memberSince", "updatedAt") VALUES ('c1', 'Mitglied', 'DE', true, $1, $2), ('c2', 'Immer', 'DE', true, NULL, $2), ('c3', 'Gast', 'DE', false, NULL, $2)`
          .replaceAll('$1', kind === 'postgresql' ? `'2012-06-01T00:00:00Z'` : `'2012-06-01T00:00:00.000+00:00'`)
          .replaceAll('$2', kind === 'postgresql' ? `'2026-01-01T00:00:00Z'` : `'2026-01-01T00:00:00.000+00:00'`),
      )
      await before.$disconnect()
      copy(all.slice(at).map((m) => m.name))
      await migrate(empty.url, dir)
      const after = await createDb(empty.url)
      const periods = await after.companyMembership.findMany({
        orderBy: { companyId: 'asc' },
        select: { companyId: true, from: true, to: true },
      })
      await after.$disconnect()
      expect(periods).toEqual([
        { companyId: 'c1', from: new Date('2012-06-01T00:00:00Z'), to: null },
        { companyId: 'c2', from: null, to: null },
      ])
    } finally {
      await empty.drop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
