import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  PREVIEW_TEMPLATES,
  REGISTRATION_TEMPLATES,
  renderPreview,
  renderRegistrationMail,
  type RegistrationTemplate,
} from './catalog.server'

// A missing translation shows its key, e.g. "registration.confirmed.intro" or "common.when".
const keyLike = /\b(?:(?:registration|event|exhibitor|speakerMail|meetingMail|auth)\.[a-zA-Z]+\.[a-zA-Z]+|common\.[a-zA-Z]+)\b/

describe('mail templates', () => {
  it('render every template in German and English, with subject, HTML and plain text, and no missing text', async () => {
    for (const template of PREVIEW_TEMPLATES) {
      const [de, en] = await Promise.all([
        renderPreview(template, 'de', 'data:image/png;base64,AA=='),
        renderPreview(template, 'en', 'data:image/png;base64,AA=='),
      ])
      for (const [lang, mail] of [
        ['de', de],
        ['en', en],
      ] as const) {
        expect(mail.subject, template).not.toMatch(keyLike)
        expect(mail.text, template).not.toMatch(keyLike)
        expect(mail.html, template).toContain(`lang="${lang}"`)
        expect(mail.text.length, template).toBeGreaterThan(100)
      }
      expect(de.subject, template).not.toBe(en.subject)
    }
  })

  it('name every template in German and English for the template list and the outbox', () => {
    for (const lang of ['de', 'en']) {
      const names: Record<string, Record<string, unknown>> = JSON.parse(readFileSync(`app/locales/${lang}/mail.json`, 'utf8')).templates
      const missing = PREVIEW_TEMPLATES.filter((template) => {
        const [group = '', name = ''] = template.split('.')
        const label = names[group]?.[name]
        return typeof label !== 'string' || label.trim() === ''
      })
      expect(missing, lang).toEqual([])
    }
  })

  it('escapes names and titles in HTML and keeps them readable in plain text', async () => {
    const props = {
      lang: 'de' as const,
      name: '<img src=x onerror=alert(1)>',
      event: { title: 'KI & <script>alert(1)</script>', when: 'Mi., 13. Jan. 2027', zone: 'MEZ', date: 'Mi., 13. Jan. 2027', where: null },
      organiser: { name: '"Cluster" <b>SMAB</b>', email: null },
      links: { manage: 'https://events.example.org/r/abc' },
      qrSrc: 'cid:ticket-qr',
    }
    for (const template of Object.keys(REGISTRATION_TEMPLATES) as RegistrationTemplate[]) {
      const mail = await renderRegistrationMail(template, props)
      expect(mail.html).not.toMatch(/<script|<img src=x|<b>SMAB/)
      expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;')
      expect(mail.text).toContain('Guten Tag <img src=x onerror=alert(1)>,')
      expect(mail.subject).toContain('KI & <script>alert(1)</script>')
    }
  })

  it('puts the ticket only into mails that carry one', async () => {
    const withTicket = [
      'registration.confirmed',
      'registration.staffPass',
      'registration.promoted',
      'event.changed',
      'registration.reminder',
      'registration.link',
      'registration.changed',
    ]
    for (const template of Object.keys(REGISTRATION_TEMPLATES) as RegistrationTemplate[]) {
      const mail = await renderPreview(template, 'de', 'cid:ticket-qr')
      expect(mail.html.includes('cid:ticket-qr'), template).toBe(withTicket.includes(template))
    }
  })
})
