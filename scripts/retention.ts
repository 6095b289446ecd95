// `npm run privacy:retention -- <months>`: anonymises every attendee whose events all ended more
// than <months> months ago (GDPR retention). Counts in the annual report stay unchanged; run it
// from cron, e.g. monthly. Prints how many people were anonymised.
import { applyRetention } from '~/domain/people/erasure.server'
import { getDb } from '~/lib/db.server'

const arg = process.argv[2]
const months = Number(arg)
if (!arg || !Number.isInteger(months) || months < 1) {
  console.error('usage: npm run privacy:retention -- <months>   (a whole number ≥ 1)')
  process.exit(2)
}
const db = await getDb()
try {
  const { cutoff, erased } = await applyRetention(db, months)
  console.log(`[fairdesk] retention ${months} months: ${erased} people anonymised whose events all ended before ${cutoff.toISOString()}`)
} finally {
  await db.$disconnect()
}
