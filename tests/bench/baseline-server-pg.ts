// The PostgreSQL baseline of `npm run bench`: the same bare node:http server as baseline-server.ts
// with the driver the app uses on PostgreSQL (node-postgres, a pool per process), the same
// transaction and the same number of processes as the app (node:cluster).
// `tsx tests/bench/baseline-server-pg.ts <postgres-url> <port> <processes>`.
import cluster from 'node:cluster'
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import pg from 'pg'

const [url, port, processes] = process.argv.slice(2)
const count = Math.max(1, Number(processes) || 1)
if (count > 1 && cluster.isPrimary) {
  for (let i = 0; i < count; i++) cluster.fork()
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM')
    process.exit(0)
  })
} else {
  const pool = new pg.Pool({ connectionString: url, max: 10 })
  const id = () => randomBytes(12).toString('hex')

  async function register(eventId: string, email: string) {
    const client = await pool.connect()
    try {
      await client.query('BEGIN')
      const person = await client.query(
        'INSERT INTO "Person" ("id", "email", "firstName", "lastName", "updatedAt") VALUES ($1, $2, $3, $4, now()) ON CONFLICT ("email") DO UPDATE SET "email" = excluded."email" RETURNING "id"',
        [id(), email, 'Bench', 'Mark'],
      )
      const seat = await client.query(
        'UPDATE "Event" SET "confirmedCount" = "confirmedCount" + 1 WHERE "id" = $1 AND ("capacity" IS NULL OR "confirmedCount" < "capacity")',
        [eventId],
      )
      const seated = seat.rowCount === 1
      await client.query(
        'INSERT INTO "Registration" ("id", "eventId", "personId", "status", "ticketSecret", "manageToken", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, now())',
        [id(), eventId, person.rows[0].id, seated ? 'CONFIRMED' : 'WAITLISTED', id(), id()],
      )
      await client.query('COMMIT')
      return seated
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {})
      throw error
    } finally {
      client.release()
    }
  }

  http
    .createServer((req, res) => {
      let body = ''
      req.on('data', (chunk) => (body += chunk))
      req.on('end', async () => {
        const params = new URLSearchParams(body)
        try {
          if (req.url?.startsWith('/register/')) {
            const seated = await register(req.url.slice('/register/'.length), params.get('email') ?? id())
            res.writeHead(303, { location: seated ? '/confirmed' : '/waitlisted' }).end()
          } else if (req.url?.startsWith('/checkin/')) {
            const [eventId, registrationId] = req.url.slice('/checkin/'.length).split('/')
            const result = await pool.query(
              'INSERT INTO "CheckIn" ("id", "registrationId", "eventId", "day", "activeKey") VALUES ($1, $2, $3, $4, $5) ON CONFLICT ("activeKey") DO NOTHING',
              [id(), registrationId, eventId, '2026-12-01', `${registrationId}:2026-12-01`],
            )
            res
              .writeHead(200, { 'content-type': 'application/json' })
              .end(JSON.stringify({ result: result.rowCount === 1 ? 'ok' : 'already_checked_in' }))
          } else {
            res.writeHead(404).end()
          }
        } catch (error) {
          res.writeHead(500).end(String(error))
        }
      })
    })
    .listen(Number(port), '127.0.0.1', () => console.log('baseline ready'))
}
