// A fresh, migrated database per test file: a temporary SQLite file, or a new database on the
// PostgreSQL server named by TEST_POSTGRES_URL (project "postgresql" sets TEST_DB=postgresql).
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { createDb, type Db } from '~/lib/db.server'
import { migrate } from '~/lib/migrate.server'

export type TestDatabase = { url: string; kind: 'sqlite' | 'postgresql'; db: Db; close(): Promise<void> }

export function testDbKind(): 'sqlite' | 'postgresql' {
  return process.env.TEST_DB === 'postgresql' ? 'postgresql' : 'sqlite'
}

/** Creates an empty database (no schema) and returns its URL and a function that removes it. */
export async function createEmptyDatabase(kind = testDbKind()): Promise<{ url: string; drop(): Promise<void> }> {
  if (kind === 'postgresql') {
    const admin = process.env.TEST_POSTGRES_URL
    if (!admin) throw new Error('TEST_POSTGRES_URL is not set')
    const name = `fairdesk_test_${randomBytes(6).toString('hex')}`
    await withPg(admin, (c) => c.query(`CREATE DATABASE "${name}"`))
    const url = new URL(admin)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      drop: () => withPg(admin, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fairdesk-test-'))
  return { url: `file:${path.join(dir, 'test.db')}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) }
}

export async function createTestDatabase(kind = testDbKind()): Promise<TestDatabase> {
  const { url, drop } = await createEmptyDatabase(kind)
  await migrate(url)
  const db = await createDb(url)
  return {
    url,
    kind,
    db,
    async close() {
      await db.$disconnect()
      await drop()
    },
  }
}

/** One short-lived connection to a PostgreSQL server. */
export async function withPg<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}
