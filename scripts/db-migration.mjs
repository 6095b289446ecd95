#!/usr/bin/env node
// `npm run db:migration -- <name>`: writes a new migration for both databases from the change in
// prisma/schema.prisma since the last migration (kept in prisma/migrated-models.snapshot.prisma).
// Prisma 6.19's `migrate dev` cannot run offline with the WebAssembly engine; `migrate diff` between
// two schema files can. The PostgreSQL diff needs a reachable server: set TEST_POSTGRES_URL.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const name = (process.argv[2] ?? '').replace(/[^a-z0-9_]+/gi, '_').toLowerCase()
if (!name) {
  console.error('usage: npm run db:migration -- <name>')
  process.exit(2)
}
const snapshot = 'prisma/migrated-models.snapshot.prisma'
if (fs.readFileSync(snapshot, 'utf8') === fs.readFileSync('prisma/schema.prisma', 'utf8')) {
  console.log('prisma/schema.prisma has no changes since the last migration.')
  process.exit(0)
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
for (const provider of ['sqlite', 'postgresql']) {
  const from = fs.mkdtempSync(path.join(os.tmpdir(), 'fairdesk-from-'))
  fs.copyFileSync(`prisma/${provider}/datasource.prisma`, path.join(from, 'datasource.prisma'))
  fs.copyFileSync(snapshot, path.join(from, 'models.prisma'))
  const env = { ...process.env }
  if (provider === 'postgresql') env.DATABASE_URL = process.env.TEST_POSTGRES_URL ?? env.DATABASE_URL
  else env.DATABASE_URL = `file:${path.join(from, 'scratch.db')}`
  const out = spawnSync(
    process.execPath,
    [
      'scripts/prisma.mjs',
      provider,
      'migrate',
      'diff',
      '--from-schema-datamodel',
      from,
      '--to-schema-datamodel',
      `prisma/${provider}`,
      '--script',
    ],
    { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  )
  if (out.status !== 0) process.exit(out.status ?? 1)
  const dir = `prisma/${provider}/migrations/${stamp}_${name}`
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'migration.sql'), out.stdout)
  console.log(`wrote ${dir}/migration.sql`)
}
fs.copyFileSync('prisma/schema.prisma', snapshot)
