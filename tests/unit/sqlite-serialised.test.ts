// Real SQLite file. Shows the one-connection trap of Prisma's SQLite adapter and that our wrapper
// closes it: a write issued while another request's transaction is open must survive that
// transaction's rollback.
import { afterAll, describe, expect, it } from 'vitest'
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaClient } from '~/generated/prisma-sqlite/client'
import type { Db } from '~/lib/db.server'
import { createTestDatabase, type TestDatabase } from '../support/db'

const opened: TestDatabase[] = []
afterAll(() => Promise.all(opened.map((t) => t.close())))

async function writeDuringRolledBackTransaction(db: Db) {
  let inside!: () => void
  const transactionOpen = new Promise<void>((resolve) => (inside = resolve))
  const doomed = db
    .$transaction(async (tx) => {
      await tx.company.create({ data: { name: 'Doomed GmbH' } })
      inside()
      await new Promise((r) => setTimeout(r, 100))
      throw new Error('roll back')
    })
    .catch(() => 'rolled back')
  await transactionOpen
  // Another request, outside any transaction, while the first one is still open.
  const independent = db.company.create({ data: { name: 'Independent AG' } })
  await Promise.all([doomed, independent])
  return (await db.company.findMany({ orderBy: { name: 'asc' } })).map((c) => c.name)
}

describe('SQLite statements are serialised per process', () => {
  it('keeps a write made while another transaction is open, even when that transaction rolls back', async () => {
    const t = await createTestDatabase('sqlite')
    opened.push(t)
    expect(await writeDuringRolledBackTransaction(t.db)).toEqual(['Independent AG'])
  })

  it('control twin: with the plain adapter the same write vanishes in the rollback', async () => {
    const t = await createTestDatabase('sqlite')
    opened.push(t)
    const plain = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: t.url }) }) as unknown as Db
    try {
      const names = await writeDuringRolledBackTransaction(plain).catch((e: Error) => [`error: ${e.message}`])
      expect(names).not.toEqual(['Independent AG'])
    } finally {
      await plain.$disconnect()
    }
  })
})

describe('prepared statements kept by the adapter', () => {
  it('prepares each SQL text once and binds fresh arguments on every use', async () => {
    const Database = (await import('better-sqlite3')).default
    const { cachePreparedStatements } = await import('~/lib/sqlite-adapter.server')
    const sqlite = new Database(':memory:')
    sqlite.exec("CREATE TABLE t (id INTEGER, name TEXT); INSERT INTO t VALUES (1, 'a'), (2, 'b')")
    let prepared = 0
    const original = sqlite.prepare.bind(sqlite)
    ;(sqlite as unknown as { prepare: typeof original }).prepare = ((sql: string) => {
      prepared++
      return original(sql)
    }) as typeof original
    cachePreparedStatements(sqlite as never)
    const select = (id: number) =>
      (sqlite.prepare('SELECT name FROM t WHERE id = ?') as never as { bind(a: unknown[]): { raw(): { all(): unknown[][] } } })
        .bind([id])
        .raw()
        .all()
    expect([select(1), select(2), select(1)]).toEqual([[['a']], [['b']], [['a']]])
    const insert = (id: number) =>
      (sqlite.prepare('INSERT INTO t VALUES (?, ?)') as never as { bind(a: unknown[]): { run(): { changes: number } } })
        .bind([id, `n${id}`])
        .run()
    expect(insert(3).changes + insert(4).changes).toBe(2)
    ;(sqlite.prepare('BEGIN') as never as { run(): void }).run()
    ;(sqlite.prepare('COMMIT') as never as { run(): void }).run()
    expect(prepared).toBe(4)
    expect(original('SELECT count(*) AS n FROM t').get()).toEqual({ n: 4 })
    sqlite.close()
  })
})
