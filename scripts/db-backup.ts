// `npm run db:backup -- <file>`: an online backup of the running database. SQLite: `VACUUM INTO`,
// a consistent copy taken while the app keeps serving (restore: stop the app and put the copy in
// place of the database file). PostgreSQL: pg_dump is the tool; it is run when installed.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { backupSqlite } from '~/lib/backup.server'
import { getEnv } from '~/lib/env.server'

const target = process.argv[2]
if (!target || target.startsWith('-')) {
  console.error('usage: npm run db:backup -- <file>')
  process.exit(2)
}
if (fs.existsSync(target)) {
  console.error(`[fairdesk] ${target} exists already; choose a new file name`)
  process.exit(1)
}
const url = getEnv().DATABASE_URL
if (/^postgres(ql)?:/.test(url)) {
  console.error('[fairdesk] PostgreSQL: pg_dump is the backup tool (restore with pg_restore).')
  const run = spawnSync('pg_dump', ['--format=custom', `--file=${target}`, url], { stdio: 'inherit' })
  if (run.error) {
    console.error('[fairdesk] pg_dump is not installed here; run: pg_dump --format=custom --file=<file> "$DATABASE_URL"')
    process.exit(1)
  }
  process.exit(run.status ?? 1)
}
backupSqlite(url, target)
console.log(`[fairdesk] SQLite backup written to ${target} (${fs.statSync(target).size} bytes)`)
