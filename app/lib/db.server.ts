// The Prisma client for SQLite (default) or PostgreSQL, chosen by DATABASE_URL.
// A generated Prisma client is tied to one provider, so both are generated (npm postinstall) and
// the matching one is imported at run time. Their APIs are the same; the app is typed against
// the SQLite one.
import fs from 'node:fs'
import path from 'node:path'
import type { PrismaClient } from '~/generated/prisma-sqlite/client'
import { databaseKind, getEnv } from './env.server'

export type Db = PrismaClient
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]
export type DbOrTx = Db | Tx

/** Opens a client for the given URL. SQLite: WAL mode and a busy timeout, so readers never block the writer. */
export async function createDb(url: string): Promise<Db> {
  if (databaseKind(url) === 'postgresql') {
    const [{ PrismaClient: PgClient }, { PrismaPg }] = await Promise.all([
      import('~/generated/prisma-postgresql/client'),
      import('@prisma/adapter-pg'),
    ])
    return new PgClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db
  }
  const [{ PrismaClient: SqliteClient }, { PrismaBetterSQLite3 }] = await Promise.all([
    import('~/generated/prisma-sqlite/client'),
    import('@prisma/adapter-better-sqlite3'),
  ])
  const file = sqliteFile(url)
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  // better-sqlite3's `timeout` is SQLite's busy timeout (ms): wait for a lock instead of failing.
  const db = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 10_000 }) })
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL')
  await db.$executeRawUnsafe('PRAGMA synchronous = NORMAL')
  return db
}

export function sqliteFile(url: string): string {
  return url.replace(/^file:/, '').replace(/\?.*$/, '')
}

const globalForDb = globalThis as unknown as { fairdeskDb?: Promise<Db> }

/** The app's shared client (one per process; survives dev-server reloads). */
export function getDb(): Promise<Db> {
  globalForDb.fairdeskDb ??= createDb(getEnv().DATABASE_URL)
  return globalForDb.fairdeskDb
}
