// The Prisma client for SQLite (default) or PostgreSQL, chosen by DATABASE_URL.
// SQLite statements are serialised per process (see sqlite-adapter.server.ts).
// A generated Prisma client is tied to one provider, so both are generated (npm postinstall) and
// the matching one is imported at run time. Their APIs are the same; the app is typed against
// the SQLite one.
import fs from 'node:fs'
import path from 'node:path'
import type { PrismaClient } from '~/generated/prisma-sqlite/client'
import { databaseKind, getEnv } from './env.server'
import type { SqliteDirect } from './sqlite-adapter.server'

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
    // One pool per process: WEB_CONCURRENCY × DATABASE_POOL_SIZE connections in all (README, Deployment).
    const max = Number(process.env.DATABASE_POOL_SIZE) || 10
    return new PgClient({ adapter: new PrismaPg({ connectionString: url, max }) }) as unknown as Db
  }
  const [{ PrismaClient: SqliteClient }, { serialisedSqliteAdapter }] = await Promise.all([
    import('~/generated/prisma-sqlite/client'),
    import('./sqlite-adapter.server'),
  ])
  const file = sqliteFile(url)
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  // better-sqlite3's `timeout` is SQLite's busy timeout (ms): wait for a lock instead of failing.
  // Several processes may share the file: each waits for the other's write lock this long.
  const adapter = serialisedSqliteAdapter({ url: `file:${file}`, timeout: 10_000 })
  const db = new SqliteClient({ adapter }) as unknown as Db
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL')
  await db.$executeRawUnsafe('PRAGMA synchronous = NORMAL')
  Object.defineProperty(db, DIRECT, { value: adapter.direct(() => db.$connect()) })
  return db
}

// A property of the client rather than a module-level map: the server script and the Remix build
// each bundle their own copy of this module but share one client (see getDb).
const DIRECT = Symbol.for('fairdesk.sqliteDirect')

/**
 * The SQLite connection behind a client, for the hot paths written as one synchronous SQL
 * transaction (registration, check-in); undefined on PostgreSQL and inside a Prisma transaction,
 * where those paths use Prisma.
 */
export function sqliteDirect(db: DbOrTx): SqliteDirect | undefined {
  return (db as unknown as { [DIRECT]?: SqliteDirect })[DIRECT]
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

/**
 * Options for interactive transactions that serve a user's request. During a rush hundreds of
 * transactions queue for a connection (PostgreSQL pool) or the single SQLite writer; waiting a
 * few seconds beats failing with Prisma's 2-second default.
 */
export const USER_TX = { maxWait: 15_000, timeout: 15_000 } as const
