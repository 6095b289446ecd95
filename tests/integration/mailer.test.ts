import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTransport } from '~/lib/mailer.server'
import { startSmtpSink, type SmtpSink } from '../support/smtp'

describe('mail delivery through a real SMTP server', () => {
  let sink: SmtpSink
  beforeAll(async () => {
    sink = await startSmtpSink()
  })
  afterAll(() => sink?.close())

  it('delivers subject, UTF-8 text and a calendar part that arrive intact', async () => {
    const transport = createTransport(sink.url)
    await transport.sendMail({
      from: 'Fairdesk <noreply@fairdesk.local>',
      to: 'jana.schröder@example.org',
      subject: 'Anmeldebestätigung: 4. ENERGIEFORUM Sachsen-Anhalt',
      text: 'Grüße aus Magdeburg',
      icalEvent: { method: 'REQUEST', content: 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n' },
    })
    const [mail] = await sink.waitFor(1)
    expect(mail!.subject).toBe('Anmeldebestätigung: 4. ENERGIEFORUM Sachsen-Anhalt')
    expect(mail!.text?.trim()).toBe('Grüße aus Magdeburg')
    const calendar = mail!.attachments.find((a) => a.contentType.startsWith('text/calendar'))
    expect(calendar?.content.toString()).toContain('METHOD:REQUEST')
  })
})
