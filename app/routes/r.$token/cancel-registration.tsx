import { Form, Link, useActionData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button, buttonClass, Card, FormError } from '~/components/ui'

export function CancelRegistration() {
  const [params] = useSearchParams()
  const { t } = useTranslation('registration')
  const result = useActionData<{ form?: string; refused?: string; year?: number }>()
  const refused = result?.form === 'cancel' && result.refused === 'year_closed' ? result.year : null
  const confirming = params.get('confirm') === 'cancel' && refused === null
  return (
    // The confirm step opens where the reader is: the link jumps back to this card (#cancel), with
    // or without JavaScript, instead of reloading the page at its top.
    <Card id="cancel" className="mt-6 scroll-mt-4">
      <h2 className="text-lg font-semibold">{t('manage.cancelTitle')}</h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('manage.cancelIntro')}</p>
      {refused !== null ? <FormError>{t('manage.yearClosed', { year: refused })}</FormError> : null}
      {confirming ? (
        // A second step, without JavaScript too: a mistaken tap never cancels.
        <Form method="post" className="mt-4 flex flex-col gap-3">
          <p role="alert" className="font-medium">
            {t('manage.cancelConfirm')}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" name="intent" value="cancel" variant="danger">
              {t('manage.cancelYes')}
            </Button>
            <Link to="?#cancel" className={buttonClass('secondary')}>
              {t('manage.cancelNo')}
            </Link>
          </div>
        </Form>
      ) : (
        <Link to="?confirm=cancel#cancel" className={buttonClass('secondary', 'mt-4')}>
          {t('manage.cancelStart')}
        </Link>
      )}
    </Card>
  )
}
