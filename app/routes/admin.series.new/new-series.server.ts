// Loader and action of /admin/series/new: the form's defaults with their preview, the preview
// asked for without JavaScript, and the creation of the series with all its dates.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { parseSeriesForm, type Issue } from '~/domain/events/series-form'
import { seriesOccurrences } from '~/domain/events/series-dates'
import { createSeries } from '~/domain/events/series.server'
import { eventDay } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'
import { runIntent, type IntentAction } from '~/web/intents.server'
import { dateIssue, previewLines, timeZone } from './preview'

function defaults(now: Date): Record<string, string> {
  const today = eventDay(now, timeZone)
  const inAYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`
  return {
    kind: 'DIALOGUE',
    pattern: 'monthly',
    ordinal: '2',
    weekday: '4',
    everyWeeks: '1',
    from: today,
    to: inAYear,
    startTime: '18:00',
    endTime: '20:00',
    waitlist: 'on',
  }
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, await getDb(), 'events:manage')
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'series')
  const form = new Map(Object.entries(defaults(new Date())))
  const result = parseSeriesForm({ get: (k) => form.get(k) ?? null })
  return { title: t('new.metaTitle'), values: defaults(new Date()), preview: previewLines(result, locale) }
}

// Only the dates are looked at; names and seats are checked when the series is created.
async function preview({ request }: ActionFunctionArgs, form: FormData) {
  const result = parseSeriesForm(form)
  const lines = previewLines(result, toLocale(await i18next.getLocale(request)))
  return data({ values: result.values, fieldErrors: {} as Record<string, Issue[]>, preview: lines, previewIssue: dateIssue(result) })
}

async function create({ request }: ActionFunctionArgs, form: FormData) {
  const db = await getDb()
  const result = parseSeriesForm(form)
  const preview = previewLines(result, toLocale(await i18next.getLocale(request)))
  if (!result.ok)
    return data({ values: result.values, fieldErrors: result.fieldErrors, preview, previewIssue: dateIssue(result) }, { status: 400 })
  const v = result.value
  const created = await createSeries(db, {
    nameDe: v.nameDe,
    nameEn: v.nameEn,
    kind: v.kind,
    occurrences: seriesOccurrences(result.days, v.startTime, v.endTime, timeZone),
    timeZone,
    venueName: v.venueName,
    venueCity: v.venueCity,
    capacity: v.capacity ? Number(v.capacity) : null,
    waitlistEnabled: v.waitlist === 'on',
    inviteOnly: v.inviteOnly === 'on',
    publish: v.publish === 'on',
  })
  // parseSeriesForm already refuses what createSeries refuses; this only guards against the two drifting apart.
  if (created.kind !== 'created') {
    const fieldErrors = {
      [v.pattern === 'dates' ? 'dates' : 'to']: [{ key: `errors.${created.kind === 'endsBeforeStart' ? 'endBeforeStart' : created.kind}` }],
    }
    return data({ values: result.values, fieldErrors, preview, previewIssue: null }, { status: 400 })
  }
  return redirect(`/admin/series/${created.id}?created=${created.eventIds.length}`, 303)
}

const actions = { preview, create } satisfies Record<string, IntentAction>

export async function action(args: ActionFunctionArgs) {
  await requirePermission(args.request, await getDb(), 'events:manage')
  // A form sent without an intent (Enter in a field) creates, as the submit button would.
  return runIntent(args, actions, create)
}

/** The answer when the series is not created (yet), the same for both intents: the form as typed and its preview. */
export type SeriesReply = typeof preview
