// `npm run user:create -- <email> --role ADMIN|ORGANIZER|DOOR|REPORTER [--name "…"] [--lang de|en]`:
// creates a staff account without password and prints a one-time link (valid 24 h, built from
// APP_URL) where that person sets their own password — no password on the command line, so none
// in the shell history. The database is migrated first, so this works before the first start.
import { parseArgs } from 'node:util'
import { createAccount, isStaffRole, passwordLinkPath, STAFF_ROLES } from '~/domain/accounts/users.server'
import { createDb } from '~/lib/db.server'
import { getEnv } from '~/lib/env.server'
import { migrate } from '~/lib/migrate.server'

const usage = `usage: npm run user:create -- <email> --role ${STAFF_ROLES.join('|')} [--name "…"] [--lang de|en]`
let parsed: ReturnType<typeof parse>
function parse() {
  return parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' }, lang: { type: 'string' } },
  })
}
try {
  parsed = parse()
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`)
  process.exit(2)
}
const [email, ...rest] = parsed.positionals
const role = parsed.values.role?.toUpperCase()
if (!email || rest.length > 0 || !isStaffRole(role)) {
  console.error(usage)
  process.exit(2)
}
const env = getEnv()
await migrate(env.DATABASE_URL)
const db = await createDb(env.DATABASE_URL)
try {
  const result = await createAccount(db, { email, role, name: parsed.values.name, locale: parsed.values.lang }, null)
  if (result.kind === 'invalidEmail') {
    console.error(`[fairdesk] "${email}" is no e-mail address`)
    process.exitCode = 1
  } else if (result.kind === 'exists') {
    console.error(`[fairdesk] an account with ${email} exists already (roles and access: /admin/users)`)
    process.exitCode = 1
  } else {
    const url = new URL(passwordLinkPath(result.token), env.APP_URL).toString()
    console.error(
      `[fairdesk] account ${result.user.email} (${result.user.role}) created. Open this link to set the password; it works once, until ${result.expiresAt.toISOString()}:`,
    )
    console.log(url)
  }
} finally {
  await db.$disconnect()
}
