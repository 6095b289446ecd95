// `npm run device:token -- <event-slug> [label]`: creates a check-in device for the event and
// prints its bearer token (stdout, alone on its line, so it can be piped into a scanner's setup).
// The token is shown only now; the database keeps its hash. Revoke it on the event's devices page.
import { createDevice, MAX_LABEL_LENGTH } from '~/domain/checkin/devices.server'
import { getDb } from '~/lib/db.server'

const [slug, ...labelWords] = process.argv.slice(2)
if (!slug || slug.startsWith('-')) {
  console.error('usage: npm run device:token -- <event-slug> [label]')
  process.exit(2)
}
const db = await getDb()
const event = await db.event.findUnique({ where: { slug }, select: { id: true, slug: true, titleDe: true } })
if (!event) {
  console.error(`[fairdesk] no event with the slug "${slug}"`)
  await db.$disconnect()
  process.exit(1)
}
const label = labelWords.join(' ').trim().slice(0, MAX_LABEL_LENGTH) || `Scanner ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`
const { device, token } = await createDevice(db, event.id, label)
console.error(`[fairdesk] device "${device.label}" for ${event.titleDe} (${event.slug}); POST /api/v1/checkins with this bearer token:`)
console.log(token)
await db.$disconnect()
