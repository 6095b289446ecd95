// Recognising database outcomes that the domain handles as ordinary results, on both databases.
// Through driver adapters a unique violation surfaces as P2002, or (inside some interactive
// transactions) as a DriverAdapterError whose cause kind is UniqueConstraintViolation.

export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { kind?: string; originalCode?: string }; message?: string } | null
  if (!e || typeof e !== 'object') return false
  if (e.code === 'P2002') return true
  if (e.cause?.kind === 'UniqueConstraintViolation') return true
  return /Unique constraint failed|UniqueConstraintViolation|duplicate key value/i.test(e.message ?? '')
}

/** A write conflict or serialization failure that is safe to retry (PostgreSQL, SQLite busy). */
export function isRetryableConflict(error: unknown): boolean {
  const e = error as { code?: string; cause?: { kind?: string }; message?: string } | null
  if (!e || typeof e !== 'object') return false
  if (e.code === 'P2034') return true
  if (e.cause?.kind === 'TransactionWriteConflict') return true
  return /TransactionWriteConflict|could not serialize|deadlock detected|SQLITE_BUSY|database is locked/i.test(e.message ?? '')
}
