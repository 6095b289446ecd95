// /admin/events/:id/* — the frame of the staff pages of one event: its header (status, title, dates,
// seats, publish/unpublish/cancel) and a sub-navigation, with the page itself in the <Outlet>.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, NavLink, Outlet, useLoaderData, useMatch, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Badge, Button, buttonClass, Notice } from '~/components/ui'
import { findEventHeader, setEventStatus } from '~/domain/events/admin.server'
import { formatEventRange } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { can, requirePermission, type Capability } from '~/lib/permissions.server'
import { runIntent, withContext } from '~/web/intents.server'
import { requireStaffEvent } from '~/web/staff-event.server'

/** The event's pages in the sub-navigation, each with the capability its own loader asks for. */
const PAGES = {
  overview: 'registrations:manage',
  edit: 'events:manage',
  programme: 'events:manage',
  speakers: 'events:manage',
  proposals: 'events:manage',
  checkin: 'checkin:scan',
  devices: 'devices:manage',
  report: 'reports:view',
  fair: 'fair:manage',
} as const satisfies Record<string, Capability>
type EventPage = keyof typeof PAGES

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = await getDb()
  const user = await requirePermission(request, db, 'dashboard:view')
  const event = await findEventHeader(db, params.id ?? '')
  // An unknown id is left to the page: it checks its own capability first, so a role without it
  // gets its 403 whether or not the event exists, and everyone else the page's 404.
  if (!event) return { event: null, pages: [], canChangeStatus: false }
  const locale = toLocale(await i18next.getLocale(request))
  const pages = (Object.keys(PAGES) as EventPage[]).filter(
    (page) =>
      can(user.role, PAGES[page]) && (page !== 'edit' || event.status !== 'CANCELLED') && (page !== 'fair' || event.kind === 'FAIR'),
  )
  return {
    event: {
      id: event.id,
      slug: event.slug,
      status: event.status,
      title: localized(locale, event.titleDe, event.titleEn),
      when: formatEventRange(event.startsAt, event.endsAt, { locale, timeZone: event.timeZone }, { withTimes: true }),
      capacity: event.capacity,
      confirmedCount: event.confirmedCount,
    },
    pages,
    canChangeStatus: can(user.role, 'events:manage') && event.status !== 'CANCELLED',
  }
}

type StatusContext = { eventId: string; userId: string }
const changeStatus = (status: 'PUBLISHED' | 'DRAFT' | 'CANCELLED') => async (c: StatusContext) => {
  await setEventStatus(await getDb(), c.eventId, status, c.userId)
  return redirect(`/admin/events/${c.eventId}`, 303)
}

export async function action(args: ActionFunctionArgs) {
  const { user, event } = await requireStaffEvent(args.request, args.params.id, 'events:manage')
  return runIntent(
    args,
    withContext(
      { eventId: event.id, userId: user.id },
      {
        publish: changeStatus('PUBLISHED'),
        unpublish: changeStatus('DRAFT'),
        cancel: changeStatus('CANCELLED'),
      },
    ),
  )
}

export default function EventLayout() {
  const { event, pages, canChangeStatus } = useLoaderData<typeof loader>()
  const { t } = useTranslation('organiser')
  const { t: tAdmin } = useTranslation('admin')
  const { t: tCheckin } = useTranslation('checkin')
  const { t: tPrivacy } = useTranslation('privacy')
  const [params] = useSearchParams()
  // Publishing and cancelling stay on the overview, where they were; ?confirm=cancel also means a
  // registration's cancellation on its own page.
  const onOverview = useMatch({ path: '/admin/events/:id', end: true }) !== null
  if (!event) return <Outlet />
  const base = `/admin/events/${event.id}`
  const labels: Record<EventPage, string> = {
    overview: t('event.overview'),
    edit: t('edit.link'),
    programme: t('event.programmeLink'),
    speakers: t('event.speakersLink'),
    proposals: t('event.proposalsLink'),
    checkin: tCheckin('scanner.link'),
    devices: tCheckin('devices.link'),
    report: tAdmin('event.link', { ns: 'reports' }),
    fair: t('nav.stands', { ns: 'fair' }),
  }
  return (
    <div className="flex flex-col gap-6">
      {params.get('erased') === '1' ? <Notice>{tPrivacy('staff.erased')}</Notice> : null}
      {/* Screen chrome: a page printed from here (the exchange's schedules) starts with its own content. */}
      <div className="print:hidden">
        <p className="text-sm">
          <Badge tone={event.status === 'PUBLISHED' ? 'success' : event.status === 'CANCELLED' ? 'danger' : 'neutral'}>
            {tAdmin(`statuses.${event.status}`)}
          </Badge>
        </p>
        <h1 className="mt-2 text-2xl font-bold tracking-tight sm:text-3xl">{event.title}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {event.when} · {t('event.seats')}:{' '}
          {event.capacity === null ? t('event.unlimited') : `${event.confirmedCount} / ${event.capacity}`}
        </p>
        <nav aria-label={t('event.pagesNav')} className="mt-2 flex flex-wrap gap-3 text-sm">
          <Link to={`/events/${event.slug}`}>{t('event.publicPage')}</Link>
          {pages.map((page) => (
            <NavLink
              key={page}
              to={page === 'overview' ? base : `${base}/${page}`}
              end
              className={({ isActive }) => (isActive ? 'font-semibold no-underline' : undefined)}
            >
              {labels[page]}
            </NavLink>
          ))}
        </nav>
        {canChangeStatus && onOverview ? (
          <Form method="post" action={base} className="mt-3 flex flex-wrap gap-2">
            {event.status === 'DRAFT' ? (
              <Button type="submit" name="intent" value="publish">
                {t('event.publish')}
              </Button>
            ) : (
              <Button type="submit" name="intent" value="unpublish" variant="secondary">
                {t('event.unpublish')}
              </Button>
            )}
            {params.get('confirm') === 'cancel' ? (
              <>
                <p role="alert" className="w-full font-medium">
                  {t('event.cancelConfirm')}
                </p>
                <Button type="submit" name="intent" value="cancel" variant="danger">
                  {t('event.cancelYes')}
                </Button>
                <Link to="?" className={buttonClass('secondary')}>
                  {t('event.cancelNo')}
                </Link>
              </>
            ) : (
              <Link to="?confirm=cancel" className={buttonClass('secondary')}>
                {t('event.cancelEvent')}
              </Link>
            )}
          </Form>
        ) : null}
      </div>
      <Outlet />
    </div>
  )
}
