// Online backup of the SQLite database with `VACUUM INTO`: a consistent copy taken while the app
// keeps serving (readers and writers of WAL mode carry on). Used by `npm run db:backup`.
import path from 'node:path'
import Database from 'better-sqlite3'
import { sqliteFile } from './db.server'

/** Copies the SQLite database at `databaseUrl` into `target` (which must not exist yet). */
export function backupSqlite(databaseUrl: string, target: string): void {
  const source = new Database(sqliteFile(databaseUrl), { readonly: true, fileMustExist: true })
  try {
    source.pragma('busy_timeout = 10000')
    source.prepare('VACUUM INTO ?').run(path.resolve(target))
  } finally {
    source.close()
  }
}
