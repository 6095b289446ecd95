// The better-sqlite3 driver adapter, with every statement of the process serialised.
//
// Prisma's adapter runs all work over one SQLite connection and only makes *transactions* wait for
// each other. A query issued outside a transaction while another request's interactive transaction
// is open runs inside that transaction: a write vanishes if that transaction rolls back, and a read
// sees data that may never commit. This wrapper makes such statements wait until the open
// transaction ends. SQLite has a single writer anyway, and transactions here are short.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import type BetterSqlite3 from 'better-sqlite3'
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils'

class Lock {
  #tail: Promise<void> = Promise.resolve()
  /** Waits for the lock; the returned function releases it. */
  acquire(): Promise<() => void> {
    let release!: () => void
    const next = new Promise<void>((resolve) => (release = resolve))
    const ready = this.#tail.then(() => release)
    this.#tail = this.#tail.then(() => next)
    return ready
  }
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire()
    try {
      return await fn()
    } finally {
      release()
    }
  }
}

type Statement = {
  reader: boolean
  run(...args: unknown[]): unknown
  columns(): unknown[]
  raw(on?: boolean): { all(...args: unknown[]): unknown[] }
}
type SqliteClient = { prepare(sql: string): Statement }

/**
 * The adapter prepares every statement anew for every query (about a tenth of the CPU time of a
 * registration rush). Prisma's SQL for a given query shape is always the same text, so prepared
 * statements are kept and reused; the adapter's one-shot `bind(args)` is answered by passing the
 * arguments on each run instead (a prepared statement can be bound only once).
 */
export function cachePreparedStatements(client: SqliteClient, limit = 1_000): void {
  const prepare = client.prepare.bind(client)
  const cache = new Map<string, Statement>()
  const bound = (stmt: Statement, args: unknown[]) => ({
    reader: stmt.reader,
    run: () => stmt.run(...args),
    columns: () => stmt.columns(),
    raw: () => ({ all: () => stmt.raw(true).all(...args) }),
  })
  client.prepare = (sql: string) => {
    let stmt = cache.get(sql)
    if (!stmt) {
      stmt = prepare(sql)
      if (cache.size >= limit) cache.clear()
      cache.set(sql, stmt)
    }
    const cached = stmt
    return { ...bound(cached, []), bind: (args: unknown[]) => bound(cached, args) } as unknown as Statement
  }
}

/**
 * The adapter's own better-sqlite3 connection, for the few hot paths that run as one synchronous
 * transaction without the ORM (a registration rush spends most of its time compiling Prisma
 * queries). It waits for the same lock as Prisma's statements and transactions, so it never runs
 * inside another request's open transaction.
 */
export type SqliteDirect = {
  /** Runs `fn` as one `BEGIN IMMEDIATE` transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(fn: (conn: SqlConn) => T): Promise<T>
}

/** Prepared statements of the connection, kept for reuse (each SQL text is prepared once). */
export type SqlConn = { prepare(sql: string): BetterSqlite3.Statement }

type Connection = { client: BetterSqlite3.Database; conn: SqlConn; lock: Lock }

function serialise(inner: SqlDriverAdapter, connected: (c: Connection) => void): SqlDriverAdapter {
  const lock = new Lock()
  const client = (inner as unknown as { client?: SqliteClient }).client
  if (client && typeof client.prepare === 'function') {
    const database = client as unknown as BetterSqlite3.Database
    const prepare = database.prepare.bind(database)
    const statements = new Map<string, BetterSqlite3.Statement>()
    const conn: SqlConn = {
      prepare(sql) {
        let stmt = statements.get(sql)
        // Prisma's adapter turns on 64-bit integers (BigInt) for the connection; plain numbers here.
        if (!stmt) statements.set(sql, (stmt = prepare(sql).safeIntegers(false)))
        return stmt
      },
    }
    cachePreparedStatements(client)
    connected({ client: database, conn, lock })
  }
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query) => lock.run(() => inner.queryRaw(query)),
    executeRaw: (query) => lock.run(() => inner.executeRaw(query)),
    executeScript: (script) => lock.run(() => inner.executeScript(script)),
    getConnectionInfo: inner.getConnectionInfo?.bind(inner),
    dispose: () => inner.dispose(),
    async startTransaction(isolationLevel) {
      const release = await lock.acquire()
      let tx: Transaction
      try {
        tx = await inner.startTransaction(isolationLevel)
      } catch (error) {
        release()
        throw error
      }
      let released = false
      const end = () => {
        if (released) return
        released = true
        release()
      }
      return {
        provider: tx.provider,
        adapterName: tx.adapterName,
        options: tx.options,
        queryRaw: (query) => tx.queryRaw(query),
        executeRaw: (query) => tx.executeRaw(query),
        commit: () => tx.commit().finally(end),
        rollback: () => tx.rollback().finally(end),
      }
    },
  }
}

/**
 * The adapter factory for a Prisma client, and direct access to the connection it opens.
 * `reconnect` is called when the connection was closed ($disconnect) and has to be opened again.
 */
export function serialisedSqliteAdapter(config: {
  url: string
  timeout?: number
}): SqlDriverAdapterFactory & { direct(reconnect: () => Promise<void>): SqliteDirect } {
  const factory = new PrismaBetterSQLite3(config)
  let current: Connection | null = null
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => serialise(await factory.connect(), (c) => (current = c)),
    direct: (reconnect) => ({
      async transaction(fn) {
        if (!current?.client.open) await reconnect()
        if (!current?.client.open) throw new Error('the SQLite connection is not open')
        const { client, conn, lock } = current
        // The statements run synchronously under the lock; nothing else interleaves with them.
        return lock.run(async () => client.transaction(fn).immediate(conn))
      },
    }),
  }
}
