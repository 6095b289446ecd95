// The better-sqlite3 driver adapter, with every statement of the process serialised.
//
// Prisma's adapter runs all work over one SQLite connection and only makes *transactions* wait for
// each other. A query issued outside a transaction while another request's interactive transaction
// is open runs inside that transaction: a write vanishes if that transaction rolls back, and a read
// sees data that may never commit. This wrapper makes such statements wait until the open
// transaction ends. SQLite has a single writer anyway, and transactions here are short.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
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

type Statement = { reader: boolean; run(...args: unknown[]): unknown; columns(): unknown[]; raw(on?: boolean): { all(...args: unknown[]): unknown[] } }
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

function serialise(inner: SqlDriverAdapter): SqlDriverAdapter {
  const lock = new Lock()
  const client = (inner as unknown as { client?: SqliteClient }).client
  if (client && typeof client.prepare === 'function') cachePreparedStatements(client)
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

export function serialisedSqliteAdapter(config: { url: string; timeout?: number }): SqlDriverAdapterFactory {
  const factory = new PrismaBetterSQLite3(config)
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => serialise(await factory.connect()),
  }
}
