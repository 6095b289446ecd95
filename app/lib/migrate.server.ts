// Applies prisma/<provider>/migrations/*/migration.sql in order, each in its own transaction, and
// records them in Prisma's `_prisma_migrations` table (same layout, so `prisma migrate status`
// can read it). Prisma 6.19's own `migrate deploy` cannot run through adapter-pg, and running the
// CLI on every start costs a second; this runner serves both databases the same way.
import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { databaseKind } from './env.server'
import { sqliteFile } from './db.server'

export type Migration = { name: string; sql: string; checksum: string }

export function migrationsDir(kind: 'sqlite' | 'postgresql', root = process.cwd()) {
  return path.join(root, 'prisma', kind, 'migrations')
}

export function readMigrations(dir: string): Migration[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8')
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') }
    })
}

interface Driver {
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>
  exec(sql: string): Promise<void>
  close(): Promise<void>
}

const CREATE_TABLE = (ts: string) => `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" ${ts},
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" ${ts},
  "started_at" ${ts} NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`

async function openDriver(url: string): Promise<Driver> {
  if (databaseKind(url) === 'postgresql') {
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    return {
      query: async (sql, params) => (await client.query(sql, params as unknown[])).rows,
      exec: async (sql) => void (await client.query(sql)),
      close: () => client.end(),
    }
  }
  const { default: Database } = await import('better-sqlite3')
  const file = sqliteFile(url)
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const db = new Database(file, { timeout: 10_000 })
  db.pragma('journal_mode = WAL')
  return {
    query: async (sql, params = []) => {
      const stmt = db.prepare(sql.replace(/\$\d+/g, '?'))
      if (stmt.reader) return stmt.all(...params) as Record<string, unknown>[]
      stmt.run(...params)
      return []
    },
    exec: async (sql) => void db.exec(sql),
    close: async () => void db.close(),
  }
}

export type MigrateResult = { applied: string[]; alreadyApplied: number }

/** Brings the database at `url` up to date. Refuses to run when an applied migration was edited. */
export async function migrate(url: string, dir = migrationsDir(databaseKind(url))): Promise<MigrateResult> {
  const kind = databaseKind(url)
  const driver = await openDriver(url)
  try {
    await driver.exec(CREATE_TABLE(kind === 'postgresql' ? 'TIMESTAMPTZ' : 'DATETIME'))
    const rows = await driver.query(
      'SELECT "migration_name", "checksum" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL',
    )
    const done = new Map(rows.map((r) => [String(r.migration_name), String(r.checksum)]))
    const applied: string[] = []
    for (const m of readMigrations(dir)) {
      const checksum = done.get(m.name)
      if (checksum !== undefined) {
        if (checksum !== m.checksum) throw new Error(`Migration ${m.name} was changed after it was applied`)
        continue
      }
      await driver.exec('BEGIN')
      try {
        await driver.exec(m.sql)
        const now = new Date().toISOString()
        await driver.query(
          'INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "started_at", "applied_steps_count") VALUES ($1, $2, $3, $4, $5, 1)',
          [randomUUID(), m.checksum, now, m.name, now],
        )
        await driver.exec('COMMIT')
      } catch (error) {
        await driver.exec('ROLLBACK')
        throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`)
      }
      applied.push(m.name)
    }
    return { applied, alreadyApplied: done.size }
  } finally {
    await driver.close()
  }
}
