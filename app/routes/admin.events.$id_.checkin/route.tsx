// The scanner page for door staff (phone first, one hand): camera or hand scanner or typed code,
// a big verdict with sound and vibration, search by name for people without a ticket, walk-ins,
// undo, live counts — and it keeps admitting people from the downloaded door list when the
// network drops (see components/checkin/use-door.ts).
// A full-screen page of its own ($id_): the phone scanner is not shown inside the event layout.
import type { MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AttendeeSearch } from '~/components/checkin/attendee-search'
import { CameraScanner } from '~/components/checkin/camera-scanner'
import { DoorCounts } from '~/components/checkin/door-counts'
import { useDoor } from '~/components/checkin/use-door'
import { lookOf, VerdictPanel } from '~/components/checkin/verdict-panel'
import { WalkInForm } from '~/components/checkin/walk-in-form'
import { Badge, Button, Field, FormError } from '~/components/ui'
import { doorTime } from '~/scanner/door-day'
import { signal } from '~/scanner/feedback'
import { keepScannerShell } from '~/scanner/offline-shell'
import type { loader } from './checkin.server'
import { DoorConflicts, DoorHistory, DoorSettings, Section, useSettings } from './door-sections'

export { loader } from './checkin.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.metaTitle} – Fairdesk` : 'Fairdesk' }]

// Tap targets of at least 44 px, also for the plain links (one hand, cold fingers).
const topLink = 'inline-flex min-h-11 items-center'

export default function CheckInPage() {
  const { event, counts: initialCounts, canManage, canDevices, canBadges, canOverride } = useLoaderData<typeof loader>()
  const { t, i18n } = useTranslation('checkin')
  const [settings, setSettings] = useSettings()
  const door = useDoor(event.id, event.timeZone, settings.gate)
  const serverCounts = door.counts ?? initialCounts
  // Admissions made offline count here at once, not only after their upload.
  const counts = serverCounts ? { ...serverCounts, checkedIn: serverCounts.checkedIn + door.queuedOn(serverCounts.day) } : null
  const codeField = useRef<HTMLInputElement>(null)
  const verdictBox = useRef<HTMLDivElement>(null)
  const [code, setCode] = useState('')
  const time = (iso: string) => doorTime(iso, event.timeZone, i18n.language)

  // Sound and vibration once per new verdict.
  const lastSignalled = useRef<string | null>(null)
  useEffect(() => {
    const shown = door.shown
    if (!shown || lastSignalled.current === shown.id) return
    lastSignalled.current = shown.id
    const look = lookOf(shown.verdict.result)
    signal(look === 'ok' ? 'ok' : look === 'warn' ? 'warn' : 'error', settings)
    // A verdict scrolled out of sight (e.g. while searching) comes back into view.
    const box = verdictBox.current?.getBoundingClientRect()
    if (box && (box.top < 0 || box.top > window.innerHeight - 120))
      verdictBox.current?.scrollIntoView({ block: 'start', behavior: 'smooth' })
  }, [door.shown, settings])

  // Reopening this page without network (a phone that slept through the outage) needs its files kept.
  useEffect(() => {
    keepScannerShell(`/admin/events/${event.id}/checkin`).catch(() => undefined)
  }, [event.id])

  // Hand scanners type into the focused field: keep it focused where there is a keyboard-like input.
  useEffect(() => {
    if (window.matchMedia('(pointer: fine)').matches) codeField.current?.focus()
  }, [])

  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <div>
        <p className="flex flex-wrap gap-x-4 text-sm">
          {canManage ? (
            <Link to={`/admin/events/${event.id}`} className={topLink}>
              {t('scanner.eventLink')}
            </Link>
          ) : (
            <Link to="/admin" className={topLink}>
              {t('scanner.dashboardLink')}
            </Link>
          )}
          {canDevices ? (
            <Link to={`/admin/events/${event.id}/devices`} className={topLink}>
              {t('devices.link')}
            </Link>
          ) : null}
        </p>
        <h1 className="mt-1 text-lg font-bold leading-snug tracking-tight sm:text-2xl">
          {t('scanner.title')}: {event.title}
        </h1>
        <p className="text-sm text-slate-700 dark:text-slate-300">{event.when}</p>
      </div>

      <div className="flex flex-wrap items-center gap-2 text-sm" role="status" aria-live="polite" data-testid="door-status">
        {door.online ? <Badge tone="success">{t('status.online')}</Badge> : <Badge tone="warning">{t('status.offline')}</Badge>}
        {settings.gate ? <Badge tone="info">{t('status.gate', { gate: settings.gate })}</Badge> : null}
        {door.queue.length > 0 ? <Badge tone="warning">{t('status.queued', { count: door.queue.length })}</Badge> : null}
        {door.list ? (
          <span className="text-slate-700 dark:text-slate-300">
            {t('status.list', { count: door.list.registrations.length, time: time(door.list.generatedAt) })}
          </span>
        ) : null}
        {door.offlineReady === false ? <span className="text-slate-700 dark:text-slate-300">{t('status.noOfflineCrypto')}</span> : null}
      </div>
      {door.sessionEnded ? (
        <FormError>
          {t('status.sessionEnded')} <a href={`/login?redirectTo=/admin/events/${event.id}/checkin`}>{t('status.signIn')}</a>
        </FormError>
      ) : null}

      {/* The camera first: on a phone its preview must be on screen without scrolling (390×844). */}
      <CameraScanner onCode={(c) => void door.scanCode(c)} />

      <div ref={verdictBox} className="scroll-mt-2">
        <VerdictPanel
          shown={door.shown}
          timeZone={event.timeZone}
          onUndo={(s) => void door.undo(s)}
          ownAdmission={door.ownAdmission}
          onAdmitAnyway={canOverride ? (s) => void door.admitAnyway(s) : null}
          // Door staff print badges for walk-ins they just registered; organisers for anyone.
          badgeHref={(s) =>
            s.registrationId && (s.source === 'walkIn' || canBadges)
              ? `/admin/events/${event.id}/checkin/badge/${s.registrationId}.pdf`
              : null
          }
        />
      </div>
      {door.notice ? (
        <p
          role="status"
          className="rounded-md border border-slate-300 bg-slate-50 p-3 text-sm font-medium dark:border-slate-600 dark:bg-slate-800"
        >
          {t(`notice.${door.notice.kind}`, { count: door.notice.count ?? 0 })}
        </p>
      ) : null}

      <DoorCounts counts={counts} />

      <form
        onSubmit={(e) => {
          e.preventDefault()
          const value = code.trim()
          if (!value) return
          setCode('')
          void door.scanCode(value)
          codeField.current?.focus()
        }}
      >
        <div className="flex items-end gap-2">
          <Field
            ref={codeField}
            name="code"
            label={t('scanner.codeLabel')}
            aria-describedby="code-hint"
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="go"
            maxLength={4096}
            className="flex-1"
          />
          <Button type="submit">{t('scanner.check')}</Button>
        </div>
        <p id="code-hint" className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {t('scanner.codeHint')}
        </p>
      </form>

      <Section title={t('search.title')} testId="search-section">
        <AttendeeSearch list={door.list} admittedToday={door.isAdmittedToday} onAdmit={(entry) => void door.admitEntry(entry)} />
      </Section>

      <Section title={t('walkIn.title')} testId="walk-in-section">
        <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">{t('walkIn.intro')}</p>
        <WalkInForm onSubmit={(form) => door.walkIn(form)} disabled={!door.online} clearSignal={door.walkInsAdmitted} />
      </Section>

      <DoorHistory door={door} time={time} />
      <DoorConflicts conflicts={door.conflicts} time={time} />
      <DoorSettings door={door} settings={settings} setSettings={setSettings} />
    </div>
  )
}
