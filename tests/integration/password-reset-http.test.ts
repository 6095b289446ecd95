// The forgotten-password form over real HTTP: /login links it, and it answers an address with an
// account and one without with the same status, the same redirect and the same page, after at
// least the same time; only the account's owner gets a mail, whose link sets the password once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RESET_REQUEST_MIN_MS, RESET_TEMPLATE } from '~/domain/accounts/users.server'
import { createDb, type Db } from '~/lib/db.server'
import { hashPassword } from '~/lib/password.server'
import { startAppServer, type AppServer } from '../support/app-server'
import { testDbKind } from '../support/db'

let app: AppServer
let db: Db
beforeAll(async () => {
  app = await startAppServer({ seed: false, database: testDbKind(), env: { FAIRDESK_WORKER: 'off', FAIRDESK_DEMO: 'off' } })
  db = await createDb(app.databaseUrl)
  await db.user.create({
    data: { email: 'erika@example.org', name: 'Erika Muster', role: 'ORGANIZER', passwordHash: await hashPassword('altes Passwort 123') },
  })
})
afterAll(async () => {
  await db?.$disconnect()
  await app?.stop()
})

const post = (path: string, fields: Record<string, string>) =>
  fetch(`${app.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: app.url, 'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Language': 'en' },
    body: new URLSearchParams(fields),
  })

const page = async (res: Response) => (await res.text()).replace(/nonce="[^"]*"/g, 'nonce').replace(/"nonce":"[^"]*"/g, '')

describe('forgotten password', () => {
  it('is linked from the sign-in page, which says nothing about a demo here', async () => {
    const html = await (await fetch(`${app.url}/login`)).text()
    expect(html).toContain('href="/login/forgot"')
    expect(html).not.toContain('data-demo-login')
    expect(html).not.toContain('data-demo-ribbon')
  })

  it('answers the same for an address with an account and one without', async () => {
    const answers = []
    for (const email of ['erika@example.org', 'nobody@example.org']) {
      const started = Date.now()
      const res = await post('/login/forgot', { email })
      answers.push({ status: res.status, location: res.headers.get('location'), ms: Date.now() - started })
    }
    expect(answers[0]!.status).toBe(303)
    expect(answers[1]).toMatchObject({ status: answers[0]!.status, location: answers[0]!.location })
    for (const a of answers) expect(a.ms).toBeGreaterThanOrEqual(RESET_REQUEST_MIN_MS - 5)
    const sent = await fetch(`${app.url}${answers[0]!.location}`, { headers: { 'Accept-Language': 'en' } })
    expect(await page(sent)).toContain('If an active staff account exists for this address')
    const mails = await db.outboxMessage.findMany({ where: { template: RESET_TEMPLATE } })
    expect(mails.map((m) => m.toEmail)).toEqual(['erika@example.org'])

    // Its link: the page, then the password, once.
    const token = (mails[0]!.payload as { token: string }).token
    expect((await fetch(`${app.url}/password/${token}`)).status).toBe(200)
    const set = await post(`/password/${token}`, { password: 'ein neues Passwort 1', repeat: 'ein neues Passwort 1' })
    expect(set.status).toBe(303)
    expect(set.headers.get('location')).toMatch(/^\/login\?notice=password-set/)
    expect((await fetch(`${app.url}/password/${token}`)).status).toBe(410)
    expect((await post(`/password/${token}`, { password: 'noch ein Passwort 22', repeat: 'noch ein Passwort 22' })).status).toBe(410)
    const login = await post('/login', { email: 'erika@example.org', password: 'ein neues Passwort 1', redirectTo: '/admin' })
    expect(login.status).toBe(302)
  })
})
