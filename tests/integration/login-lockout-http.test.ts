// The sign-in lock over real HTTP, with the per-client rate limits on: five client addresses with
// two wrong passwords each lock the address (each client alone stays under its own limit), the
// login page says so, the right password is refused from a sixth client, and an address without
// an account reads the very same page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, type Db } from '~/lib/db.server'
import { hashPassword } from '~/lib/password.server'
import { startAppServer, type AppServer } from '../support/app-server'
import { testDbKind } from '../support/db'

let app: AppServer
let db: Db
beforeAll(async () => {
  // Behind a proxy the operator trusts, X-Forwarded-For names the client: here, several of them.
  app = await startAppServer({ seed: false, database: testDbKind(), env: { FAIRDESK_WORKER: 'off', TRUST_PROXY: '1' } })
  db = await createDb(app.databaseUrl)
  await db.user.create({
    data: {
      email: 'erika@example.org',
      name: 'Erika Muster',
      role: 'ORGANIZER',
      passwordHash: await hashPassword('right-password'),
      locale: 'de',
    },
  })
})
afterAll(async () => {
  await db?.$disconnect()
  await app?.stop()
})

let client = 0
function signIn(email: string, password: string, language: 'de' | 'en', from = `198.51.100.${++client}`) {
  return fetch(`${app.url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: app.url, 'Accept-Language': language, 'X-Forwarded-For': from, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password, redirectTo: '/admin' }),
  })
}

/** The page's answer with what differs per request (nonces, the typed address) taken out. */
async function page(res: Response, email: string) {
  return (await res.text())
    .replaceAll(email, '<address>')
    .replace(/nonce="[^"]*"/g, 'nonce')
    .replace(/"nonce":"[^"]*"/g, '')
}

async function tenWrongFromFiveClients(email: string) {
  const answers: Response[] = []
  for (let c = 0; c < 5; c++) {
    const from = `203.0.113.${++client}`
    for (let i = 0; i < 2; i++) answers.push(await signIn(email, `wrong-${c}-${i}`, 'en', from))
  }
  return answers
}

describe('POST /login after ten failed attempts with one address', () => {
  it('says on the login page to try again in 15 minutes and refuses the right password, from any client', async () => {
    const answers = await tenWrongFromFiveClients('erika@example.org')
    expect(answers.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 401, 429])
    const locked = answers.at(-1)!
    expect(locked.headers.get('retry-after')).toBe('900')
    expect(await locked.text()).toContain(
      'Too many failed sign-in attempts with this address. To protect the account, signing in with it is paused for now. Please try again in 15 minutes.',
    )

    const right = await signIn('erika@example.org', 'right-password', 'de')
    expect(right.status).toBe(429)
    expect(right.headers.get('set-cookie')).toBeNull()
    expect(await right.text()).toContain('Zu viele fehlgeschlagene Anmeldeversuche mit dieser Adresse.')
    expect(await db.outboxMessage.count({ where: { template: 'auth.loginLocked', toEmail: 'erika@example.org' } })).toBe(1)
  })

  it('answers an address without an account with the same statuses and the same page', async () => {
    const [known, unknown] = [`erika${Date.now()}@example.org`, 'nobody@example.org']
    await db.user.create({
      data: { email: known, name: 'Erika Zwei', role: 'ORGANIZER', passwordHash: await hashPassword('right-password') },
    })
    const a = await tenWrongFromFiveClients(known)
    const b = await tenWrongFromFiveClients(unknown)
    expect(b.map((r) => r.status)).toEqual(a.map((r) => r.status))
    expect(await page(b.at(-1)!, unknown)).toEqual(await page(a.at(-1)!, known))
    expect(await page(await signIn(unknown, 'x', 'en'), unknown)).toEqual(await page(await signIn(known, 'right-password', 'en'), known))
  })
})
