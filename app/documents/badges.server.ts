// Name badges with the ticket QR: the A6 ticket layout of ticket-pdf.server.ts, one page per
// confirmed registration — all of an event's (the organiser's download before the doors open) or
// one (a walk-in at the door). In the language of whoever prints them.
import { eventFacts } from '../../emails/catalog.server'
import { getTicketKeys, signTicket } from '~/domain/checkin/tickets.server'
import type { Db } from '~/lib/db.server'
import { localized, type Locale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { renderBadgesPdf, type TicketData } from './ticket.server'

export type BadgeSelection = { registrationId?: string; source?: 'WALK_IN' }

/** The PDF, or null when nobody matches (no confirmed registration, or not this event's). */
export async function badgesPdf(
  db: Db,
  eventId: string,
  selection: BadgeSelection,
  lang: Locale,
): Promise<{ pdf: Buffer; slug: string; count: number } | null> {
  const event = await db.event.findUnique({ where: { id: eventId } })
  if (!event) return null
  const registrations = await db.registration.findMany({
    where: {
      eventId,
      status: 'CONFIRMED',
      person: { erasedAt: null },
      ...(selection.registrationId ? { id: selection.registrationId } : {}),
      ...(selection.source ? { source: selection.source } : {}),
    },
    include: { person: { include: { company: true } } },
    orderBy: [{ person: { lastName: 'asc' } }, { person: { firstName: 'asc' } }, { id: 'asc' }],
  })
  if (registrations.length === 0) return null
  const [keys, t, tMail] = await Promise.all([getTicketKeys(db), i18next.getFixedT(lang, 'checkin'), i18next.getFixedT(lang, 'mail')])
  const facts = eventFacts(event, localized(lang, event.titleDe, event.titleEn), lang)
  const fileTitle = t('badges.fileTitle', { title: facts.title })
  const badges: TicketData[] = registrations.map((r) => ({
    lang,
    labels: {
      ticket: t('badges.label'),
      note: t('badges.note'),
      cut: '',
      role: r.role === 'ATTENDEE' ? null : tMail(`ticket.roles.${r.role}`),
      fileTitle,
    },
    organiser: event.organiserName ?? 'Fairdesk',
    eventTitle: facts.title,
    when: facts.when,
    zone: facts.zone,
    where: facts.where,
    name: [r.person.title, r.person.firstName, r.person.lastName].filter(Boolean).join(' '),
    company: r.companyName ?? r.person.company?.name ?? null,
    code: signTicket(keys, r),
  }))
  const pdf = await renderBadgesPdf(badges, { title: fileTitle, author: event.organiserName ?? 'Fairdesk', lang })
  return { pdf, slug: event.slug, count: badges.length }
}

export function pdfResponse(pdf: Buffer, filename: string): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${filename.replace(/[^A-Za-z0-9_.-]/g, '')}"`,
      'Cache-Control': 'no-store',
    },
  })
}
