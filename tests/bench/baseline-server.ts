// The baseline of `npm run bench`: a bare node:http server doing the same one-transaction work as
// the app (take a seat with the guarded UPDATE and insert the registration; insert a check-in
// under the unique per-day key) with the same driver (better-sqlite3), the same schema and pragmas.
// Run in its own process: `tsx tests/bench/baseline-server.ts <sqlite-file> <port>`.
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import Database from 'better-sqlite3'

const [file, port] = process.argv.slice(2)
const db = new Database(file!, { timeout: 10_000 })
db.pragma('journal_mode = WAL')
db.pragma('synchronous = NORMAL')

const takeSeat = db.prepare(
  'UPDATE "Event" SET "confirmedCount" = "confirmedCount" + 1 WHERE "id" = ? AND ("capacity" IS NULL OR "confirmedCount" < "capacity")',
)
const upsertPerson = db.prepare(
  'INSERT INTO "Person" ("id", "email", "firstName", "lastName", "updatedAt") VALUES (?, ?, ?, ?, ?) ON CONFLICT("email") DO UPDATE SET "email" = excluded."email" RETURNING "id"',
)
const insertRegistration = db.prepare(
  'INSERT INTO "Registration" ("id", "eventId", "personId", "status", "ticketSecret", "manageToken", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)',
)
const insertCheckIn = db.prepare(
  'INSERT INTO "CheckIn" ("id", "registrationId", "eventId", "day", "activeKey") VALUES (?, ?, ?, ?, ?) ON CONFLICT("activeKey") DO NOTHING',
)
const id = () => randomBytes(12).toString('hex')

const register = db.transaction((eventId: string, email: string) => {
  const now = new Date().toISOString()
  const person = upsertPerson.get(id(), email, 'Bench', 'Mark', now) as { id: string }
  const seated = takeSeat.run(eventId).changes === 1
  insertRegistration.run(id(), eventId, person.id, seated ? 'CONFIRMED' : 'WAITLISTED', id(), id(), now)
  return seated
})

http
  .createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const params = new URLSearchParams(body)
      try {
        if (req.url?.startsWith('/register/')) {
          const seated = register(req.url.slice('/register/'.length), params.get('email') ?? id())
          res.writeHead(303, { location: seated ? '/confirmed' : '/waitlisted' }).end()
        } else if (req.url?.startsWith('/checkin/')) {
          const [eventId, registrationId] = req.url.slice('/checkin/'.length).split('/')
          const ok = insertCheckIn.run(id(), registrationId, eventId, '2026-12-01', `${registrationId}:2026-12-01`).changes === 1
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ result: ok ? 'ok' : 'already_checked_in' }))
        } else {
          res.writeHead(404).end()
        }
      } catch (error) {
        res.writeHead(500).end(String(error))
      }
    })
  })
  .listen(Number(port), '127.0.0.1', () => console.log('baseline ready'))
