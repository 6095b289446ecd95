// Migrates the database named by DATABASE_URL and seeds the demo when it holds no events (unless
// FAIRDESK_DEMO=off: then an empty database stays empty, and `npm run user:create` makes the first login).
// `tsx scripts/prepare-db.ts [--no-seed]`; also used by scripts/start.ts.
import { pathToFileURL } from 'node:url'
import { createDb } from '~/lib/db.server'
import { databaseKind, getEnv } from '~/lib/env.server'
import { migrate } from '~/lib/migrate.server'
import { seedDemo } from '~/demo/seed.server'

export async function prepareDatabase({ seed = true } = {}) {
  const url = getEnv().DATABASE_URL
  const { applied } = await migrate(url)
  console.log(`[fairdesk] database (${databaseKind(url)}): ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`)
  if (!seed || getEnv().FAIRDESK_DEMO === 'off') return
  const db = await createDb(url)
  try {
    if ((await db.event.count()) === 0) {
      const started = Date.now()
      await seedDemo(db)
      console.log(`[fairdesk] demo data seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    }
  } finally {
    await db.$disconnect()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  prepareDatabase({ seed: !process.argv.includes('--no-seed') }).catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
