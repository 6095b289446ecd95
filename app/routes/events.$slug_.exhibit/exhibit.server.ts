// The public application for space on a fair's joint stand, validated on the server, with the
// same hidden honeypot as the registration form.
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { ApplicationForm, isBot, STAFF_ROWS } from '~/domain/fair/forms'
import { applyAsExhibitor, getApplicationPage } from '~/domain/fair/fair.server'
import { formatEventRange } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { shownAgain } from '~/web/shown-again'

const SHOWN_AGAIN = { max: 1_000, rows: STAFF_ROWS }

export async function loader({ request, params }: LoaderFunctionArgs) {
  const page = await getApplicationPage(await getDb(), params.slug ?? '')
  if (!page) throw new Response(null, { status: 404 })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'fair')
  const { event } = page
  const title = localized(locale, event.titleDe, event.titleEn)
  return {
    metaTitle: t('apply.metaTitle', { title }),
    slug: event.slug,
    title,
    when: formatEventRange(event.startsAt, event.endsAt, { locale, timeZone: event.timeZone }),
    place: [event.venueName, event.venueCity].filter(Boolean).join(', '),
    closedReason: page.closedReason,
    sent: new URL(request.url).searchParams.get('sent') === '1',
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData().catch(() => null)
  if (!form) return data({ status: 'error' as const, error: { '': ['errors.unknownAction'] } }, { status: 400 })
  const db = await getDb()
  const page = await getApplicationPage(db, params.slug ?? '')
  if (!page) throw new Response(null, { status: 404 })
  const submission = parseWithZod(form, { schema: ApplicationForm })
  if (submission.status !== 'success') return data(shownAgain(submission.reply(), SHOWN_AGAIN), { status: 400 })
  const thanks = redirect(`/events/${page.event.slug}/exhibit?sent=1`, 303)
  const v = submission.value
  if (isBot(v)) return thanks
  const result = await applyAsExhibitor(db, page.event.id, {
    company: v.company,
    companyCity: v.companyCity,
    companyWebsite: v.companyWebsite,
    contact: { firstName: v.firstName, lastName: v.lastName, email: v.email, phone: v.phone },
    areaWantedSqm: v.areaWantedSqm,
    topicsDe: v.topicsDe,
    topicsEn: v.topicsEn,
    products: v.products,
    staff: v.staff,
    locale: toLocale(await i18next.getLocale(request)),
  })
  if (result.kind === 'closed')
    return data(shownAgain(submission.reply({ formErrors: [`apply.closed.${result.reason}`] }), SHOWN_AGAIN), { status: 409 })
  // A company that has applied already gets the same answer as a new one (its contact person hears
  // of it by mail): the form must not tell anyone which companies have applied.
  return thanks
}
