// Row ids for the statements written without Prisma, in the format Prisma's `@default(cuid())`
// gives (25 characters: "c", time, counter, process fingerprint, randomness), so rows written
// either way look alike and sort roughly by creation time.
import { randomBytes } from 'node:crypto'
import os from 'node:os'

const BASE = 36
let counter = randomBytes(2).readUInt16BE() % BASE ** 4
const pad = (s: string, size: number) => s.padStart(size, '0').slice(-size)
const fingerprint = pad(
  (process.pid % BASE ** 2).toString(BASE) + [...os.hostname()].reduce((sum, c) => sum + c.charCodeAt(0), 0).toString(BASE),
  4,
)

export function newId(): string {
  counter = (counter + 1) % BASE ** 4
  const random = pad(randomBytes(6).readUIntBE(0, 6).toString(BASE), 8)
  return `c${pad(Date.now().toString(BASE), 8)}${pad(counter.toString(BASE), 4)}${fingerprint}${random}`
}

/** A Date as Prisma's SQLite adapter stores it (ISO 8601 with "+00:00"): text comparisons in SQL stay right. */
export function sqliteDate(date: Date): string {
  return date.toISOString().replace('Z', '+00:00')
}
