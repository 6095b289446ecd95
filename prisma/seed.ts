// `npm run db:seed`: brings the database named by DATABASE_URL (default file:./data/fairdesk.db) up
// to date and seeds the demo, unless it already holds events. tsx resolves the app's `~/` imports
// through tsconfig's paths, so the app's own modules are used as they are.
import { seedDemo } from '../app/demo/seed.server.ts'
import { DEMO_PASSWORD, demoUsers } from '../app/demo/users.ts'
import { countYear } from '../app/domain/reports/counting.server'
import { createDb } from '../app/lib/db.server.ts'
import { databaseKind, getEnv } from '../app/lib/env.server.ts'
import { migrate } from '../app/lib/migrate.server.ts'

const log = (message: string) => console.log(`[fairdesk] ${message}`)

async function main() {
  const url = getEnv().DATABASE_URL
  const { applied } = await migrate(url)
  log(`database (${databaseKind(url)}): ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`)
  const db = await createDb(url)
  try {
    const events = await db.event.count()
    if (events > 0) {
      log(`already seeded (${events} events): nothing to do. \`npm run db:reset\` starts over.`)
      return
    }
    const started = performance.now()
    const s = await seedDemo(db)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    log(
      `demo seeded in ${seconds} s: ${s.companies} companies (${s.memberCompanies} members), ${s.persons} people, ` +
        `${s.events} events (${s.upcomingEvents} upcoming), ${s.registrations} registrations, ${s.checkIns} check-ins`,
    )
    const year = await countYear(db, 2015)
    log(
      `2015: ${year.eventsHeld} events held, ${year.participants} participants, ${year.uniquePersons} different people ` +
        `from ${year.companiesReached} companies (${year.memberCompanies} members)`,
    )
    log(`staff logins (password ${DEMO_PASSWORD}): ${demoUsers.map((u) => u.email).join(', ')}`)
  } finally {
    await db.$disconnect()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
