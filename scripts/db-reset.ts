// `npm run db:reset`: throws away the database named by DATABASE_URL, then migrates and seeds anew.
import fs from 'node:fs'
import pg from 'pg'
import { sqliteFile } from '~/lib/db.server'
import { databaseKind, getEnv } from '~/lib/env.server'
import { prepareDatabase } from './prepare-db'

const url = getEnv().DATABASE_URL
if (databaseKind(url) === 'postgresql') {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;')
  await client.end()
} else {
  const file = sqliteFile(url)
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true })
}
console.log(`[fairdesk] database reset (${databaseKind(url)})`)
await prepareDatabase()
