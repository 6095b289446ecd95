import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, buttonClass, Field } from '~/components/ui'

/** The member's link, selectable without JavaScript; with it, a copy button. */
export function PersonalLink({ name, link, mail, date }: { name: string; link: string; mail: string; date: string }) {
  const { t } = useTranslation('series')
  const [canCopy, setCanCopy] = useState(false)
  const [copied, setCopied] = useState(false)
  useEffect(() => setCanCopy(typeof navigator !== 'undefined' && Boolean(navigator.clipboard)), [])
  return (
    <div className="flex flex-col gap-2">
      <Field
        label={t('detail.personalLink', { name })}
        hint={t('detail.linkFor', { date })}
        value={link}
        readOnly
        onFocus={(e) => e.currentTarget.select()}
        className="text-sm"
      />
      <div className="flex flex-wrap items-center gap-2">
        {canCopy ? (
          <Button
            variant="secondary"
            onClick={() =>
              navigator.clipboard.writeText(link).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {t('detail.copy')}
          </Button>
        ) : null}
        <a href={mail} className={buttonClass('secondary')}>
          {t('detail.mail')}
        </a>
        <span role="status" className="text-sm">
          {copied ? t('detail.copied') : null}
        </span>
      </div>
    </div>
  )
}
