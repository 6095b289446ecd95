// Whether this installation still has the demo's logins (app/demo/users.ts): every page then shows
// the "demo data" ribbon, the login page says "demo installation", and a production start warns.
// Asked on every page, so the answer is kept for a few seconds per database client; account
// changes forget it at once (forgetDemoStatus).
import type { Db } from '~/lib/db.server'
import { demoUsers } from '~/demo/users'

const TTL_MS = 10_000
const cache = new WeakMap<Db, { at: number; value: Promise<boolean> }>()

/** True while an active account with one of the demo's addresses exists. */
export function hasDemoAccounts(db: Db, now = Date.now()): Promise<boolean> {
  const hit = cache.get(db)
  if (hit && now - hit.at < TTL_MS) return hit.value
  const value = db.user.count({ where: { email: { in: demoUsers.map((u) => u.email) }, disabledAt: null } }).then((n) => n > 0)
  value.catch(() => cache.delete(db))
  cache.set(db, { at: now, value })
  return value
}

export function forgetDemoStatus(db: Db): void {
  cache.delete(db)
}
