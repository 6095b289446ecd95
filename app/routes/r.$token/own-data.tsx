import { Form, Link, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button, buttonClass, Card } from '~/components/ui'

/** The attendee's own data: a download, and erasure in two steps. */
export function OwnData({ token }: { token: string }) {
  const [params] = useSearchParams()
  const { t: tp } = useTranslation('privacy')
  return (
    <Card className="mt-6">
      <h2 className="text-lg font-semibold">{tp('self.title')}</h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{tp('self.intro')}</p>
      <div className="mt-4 flex flex-wrap gap-2">
        <a href={`/r/${token}/data.json`} download className={buttonClass('secondary')}>
          {tp('self.download')}
        </a>
        {params.get('confirm') === 'erase' ? null : (
          <Link to="?confirm=erase" className={buttonClass('secondary')}>
            {tp('self.eraseStart')}
          </Link>
        )}
      </div>
      {params.get('confirm') === 'erase' ? (
        // A second step, as for cancelling: a mistaken tap never erases.
        <Form method="post" className="mt-4 flex flex-col gap-3">
          <p role="alert" className="font-medium">
            {tp('self.eraseConfirm')}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" name="intent" value="erase" variant="danger">
              {tp('self.eraseYes')}
            </Button>
            <Link to="?" className={buttonClass('secondary')}>
              {tp('self.eraseNo')}
            </Link>
          </div>
        </Form>
      ) : null}
    </Card>
  )
}
