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
