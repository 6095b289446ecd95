// The notice after a change (saved, moved, generated …), with a warning when the saved session
// expects more people than its room holds.
import { useTranslation } from 'react-i18next'
import type { View } from './programme.server'

export function Notice({ view }: { view: View }) {
  const { t } = useTranslation('programme')
  if (!view.notice) return null
  const text = view.notice === 'generated' ? t('notices.generated', view.generated) : t(`notices.${view.notice}`, { defaultValue: '' })
  if (!text) return null
  return (
    <div
      role="status"
      className="mb-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
    >
      <p>{text}</p>
      {view.savedOverCapacity ? (
        <p className="mt-1 font-semibold text-amber-900 dark:text-amber-200">
          {t('warnings.overCapacity', {
            expected: view.savedOverCapacity.expected,
            room: view.savedOverCapacity.room,
            capacity: view.savedOverCapacity.capacity,
          })}
        </p>
      ) : null}
    </div>
  )
}
