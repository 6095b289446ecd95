// The scanner page's folding sections below the scan field: the door's history, check-ins counted
// twice, and this phone's settings (kept in the browser, per device).
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, Field } from '~/components/ui'
import type { useDoor } from '~/components/checkin/use-door'

type Door = ReturnType<typeof useDoor>
type Time = (iso: string) => string

export type Settings = { gate: string; sound: boolean; vibrate: boolean }
const SETTINGS_KEY = 'fairdesk.door.settings'

export function useSettings(): [Settings, (s: Settings) => void] {
  const [settings, setSettings] = useState<Settings>({ gate: '', sound: true, vibrate: true })
  useEffect(() => {
    try {
      const saved = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? 'null') as Partial<Settings> | null
      if (saved) setSettings((s) => ({ ...s, ...saved }))
    } catch {
      // Private mode or a damaged entry: the defaults will do.
    }
  }, [])
  const update = (next: Settings) => {
    setSettings(next)
    try {
      localStorage.setItem(SETTINGS_KEY, JSON.stringify(next))
    } catch {
      // Not kept: still used for this visit.
    }
  }
  return [settings, update]
}

export function Section({ title, children, open, testId }: { title: ReactNode; children: ReactNode; open?: boolean; testId?: string }) {
  return (
    <details
      open={open}
      data-testid={testId}
      className="group rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
    >
      <summary className="flex min-h-12 cursor-pointer items-center justify-between gap-2 px-4 font-semibold">
        {title}
        <span aria-hidden className="transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="border-t border-slate-200 p-4 dark:border-slate-700">{children}</div>
    </details>
  )
}

export function DoorHistory({ door, time }: { door: Door; time: Time }) {
  const { t } = useTranslation('checkin')
  return (
    <Section title={t('history.title', { count: door.history.length })}>
      {door.history.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('history.none')}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {door.history.map((h) => (
            <li key={h.id} className="flex items-center justify-between gap-2 text-sm">
              <span>
                <span className="font-semibold">{t(`verdict.title.${h.verdict.result}`)}</span>
                {'name' in h.verdict ? ` · ${h.verdict.name}` : ''}
                {'checkedInAt' in h.verdict ? ` · ${time(h.verdict.checkedInAt)}` : ''}
                {h.offline ? ` · ${t('history.offline')}` : ''}
                {h.undone ? ` · ${t('verdict.undone')}` : ''}
              </span>
              {h.verdict.result === 'ok' && !h.undone && h.id !== door.shown?.id ? (
                <Button variant="ghost" onClick={() => void door.undo(h)} aria-label={`${t('verdict.undo')}: ${h.verdict.name}`}>
                  {t('verdict.undo')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}

export function DoorConflicts({ conflicts, time }: { conflicts: Door['conflicts']; time: Time }) {
  const { t } = useTranslation('checkin')
  if (conflicts.length === 0) return null
  return (
    <Section title={t('conflicts.title', { count: conflicts.length })} open testId="conflicts">
      <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">{t('conflicts.intro')}</p>
      <ul className="flex flex-col gap-2 text-sm">
        {conflicts.map((c, i) => (
          <li key={`${c.registrationId}-${i}`}>
            <span className="font-semibold">{c.name}</span>
            {c.company ? ` (${c.company})` : ''}:{' '}
            {t('conflicts.line', {
              flagged: time(c.flaggedAt),
              flaggedGate: c.flaggedGate || t('counts.noGate'),
              counted: c.counted ? time(c.counted.at) : '–',
              countedGate: c.counted?.gate || t('counts.noGate'),
            })}
          </li>
        ))}
      </ul>
    </Section>
  )
}

export function DoorSettings(props: { door: Door; settings: Settings; setSettings: (s: Settings) => void }) {
  const { door, settings, setSettings } = props
  const { t } = useTranslation('checkin')
  return (
    <Section title={t('settings.title')}>
      <div className="flex flex-col gap-3">
        <Field
          label={t('settings.gate')}
          hint={t('settings.gateHint')}
          value={settings.gate}
          maxLength={60}
          autoComplete="off"
          onChange={(e) => setSettings({ ...settings, gate: e.currentTarget.value })}
        />
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="checkbox"
            className="h-5 w-5"
            checked={settings.sound}
            onChange={(e) => setSettings({ ...settings, sound: e.currentTarget.checked })}
          />
          {t('settings.sound')}
        </label>
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="checkbox"
            className="h-5 w-5"
            checked={settings.vibrate}
            onChange={(e) => setSettings({ ...settings, vibrate: e.currentTarget.checked })}
          />
          {t('settings.vibrate')}
        </label>
        {door.queue.length > 0 && door.online ? (
          <Button variant="secondary" onClick={() => void door.flush()}>
            {t('settings.uploadNow', { count: door.queue.length })}
          </Button>
        ) : null}
      </div>
    </Section>
  )
}
