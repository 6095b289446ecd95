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

function serialise(inner: SqlDriverAdapter): SqlDriverAdapter {
  const lock = new Lock()
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
