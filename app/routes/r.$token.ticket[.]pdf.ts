// /r/:token/ticket.pdf — the printable ticket (A4 with a cut line; ?format=a6 for an A6 badge page).
import { organiserOf } from '~/mail/organiser.server'
import type { LoaderFunctionArgs } from '@remix-run/node'
import { eventFacts } from '../../emails/catalog.server'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { loadTicket, noTicketResponse, privateHeaders, renderTicketPdf } from '~/documents/ticket.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lookup = await loadTicket(await getDb(), params.token ?? '')
  if (lookup.kind !== 'ticket') {
    return noTicketResponse(
      lookup,
      await i18next.getFixedT(lookup.kind === 'notFound' ? await i18next.getLocale(request) : toLocale(lookup.locale), 'mail'),
    )
  }
  const { registration, code } = lookup
  const { event, person } = registration
  const lang = toLocale(registration.locale)
  const t = await i18next.getFixedT(lang, 'mail')
  const facts = eventFacts(event, localized(lang, event.titleDe, event.titleEn), lang)
  const format = new URL(request.url).searchParams.get('format')?.toLowerCase() === 'a6' ? 'A6' : 'A4'
  const pdf = await renderTicketPdf(
    {
      lang,
      labels: {
        ticket: t('ticket.label'),
        note: t('ticket.note'),
        cut: t('ticket.cut'),
        role: registration.role === 'ATTENDEE' ? null : t(`ticket.roles.${registration.role}`),
        fileTitle: t('ticket.fileTitle', { title: facts.title }),
      },
      organiser: organiserOf(event).name,
      eventTitle: facts.title,
      when: facts.when,
      zone: facts.zone,
      where: facts.where,
      name: [person.title, person.firstName, person.lastName].filter(Boolean).join(' '),
      company: registration.companyName ?? person.company?.name ?? null,
      code,
    },
    format,
  )
  return new Response(new Uint8Array(pdf), {
    headers: {
      ...privateHeaders,
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="ticket-${event.slug.replace(/[^A-Za-z0-9_-]/g, '')}.pdf"`,
    },
  })
}
