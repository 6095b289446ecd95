// Values generated once on first use and kept in the AppSetting table (e.g. secrets when the
// environment does not provide them), safe when several processes start at the same moment.
import type { Db } from './db.server'
import { isUniqueViolation } from './db-errors.server'

export async function getOrCreateSetting(db: Db, key: string, generate: () => string): Promise<string> {
  const existing = await db.appSetting.findUnique({ where: { key } })
  if (existing) return existing.value
  try {
    return (await db.appSetting.create({ data: { key, value: generate() } })).value
  } catch (error) {
    // Another process generated it at the same moment: use theirs.
    if (!isUniqueViolation(error)) throw error
    return (await db.appSetting.findUniqueOrThrow({ where: { key } })).value
  }
}
