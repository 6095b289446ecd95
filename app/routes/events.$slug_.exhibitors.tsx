// The public exhibitor directory of a fair: company, stand and topics in the visitor's language,
// searchable (a plain GET form), with the stand plan.
import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { StandPlan } from '~/components/fair/stand-plan'
import { BackLink, Button, Card, EmptyState, Field } from '~/components/ui'
import { listExhibitorDirectory } from '~/domain/fair/fair.server'
import { formatEventRange } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.metaTitle ?? 'Fairdesk' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const q = (new URL(request.url).searchParams.get('q') ?? '').trim().slice(0, 100)
  const directory = await listExhibitorDirectory(await getDb(), params.slug ?? '', q)
  if (!directory) throw new Response(null, { status: 404 })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'fair')
  const { event } = directory
  const title = localized(locale, event.titleDe, event.titleEn)
  return {
    metaTitle: t('directory.metaTitle', { title }),
    locale,
    q,
    slug: event.slug,
    title,
    when: formatEventRange(event.startsAt, event.endsAt, { locale, timeZone: event.timeZone }),
    total: directory.total,
    exhibitors: directory.exhibitors.map((e) => ({
      id: e.id,
      company: e.company,
      city: e.city,
      website: e.website && /^https?:\/\//i.test(e.website) ? e.website : e.website ? `https://${e.website}` : null,
      stand: e.stand,
      topics: localized(locale, e.topicsDe, e.topicsEn),
      products: e.products,
    })),
    stands: directory.stands.map((s) => ({
      id: s.id,
      hall: s.hall,
      number: s.number,
      areaSqm: s.areaSqm,
      kind: s.kind,
      x: s.x,
      y: s.y,
      width: s.width,
      depth: s.depth,
      exhibitors: s.exhibitors,
    })),
  }
}

export default function ExhibitorDirectoryPage() {
  const page = useLoaderData<typeof loader>()
  const { t } = useTranslation('fair')
  return (
    <div className="mx-auto max-w-4xl">
      <BackLink to={`/events/${page.slug}`}>{t('public.back')}</BackLink>
      <h1 className="mt-3 text-2xl font-bold tracking-tight sm:text-3xl">{t('directory.title')}</h1>
      <p className="mt-1 font-medium">{page.title}</p>
      <p className="text-slate-700 dark:text-slate-300">
        {page.when} · {t('directory.intro', { count: page.total })}
      </p>

      <Form method="get" role="search" className="mt-6 flex flex-wrap items-end gap-3">
        <Field name="q" type="search" label={t('directory.search')} defaultValue={page.q} maxLength={100} className="min-w-56 flex-1" />
        <Button type="submit" variant="secondary">
          {t('directory.searchButton')}
        </Button>
      </Form>
      {page.q ? (
        <p className="mt-3 text-sm" role="status">
          {t('directory.found', { count: page.exhibitors.length, q: page.q })}{' '}
          <Link to="." className="underline">
            {t('directory.showAll')}
          </Link>
        </p>
      ) : null}

      {page.exhibitors.length === 0 ? (
        <div className="mt-6">
          <EmptyState title={page.q ? t('directory.noneFound') : t('directory.none')} />
        </div>
      ) : (
        <ul className="mt-6 grid gap-4 sm:grid-cols-2" aria-label={t('directory.listLabel')}>
          {page.exhibitors.map((e) => (
            <li key={e.id}>
              <Card className="h-full">
                <h2 className="text-lg font-semibold">{e.company}</h2>
                {e.city ? <p className="text-sm text-slate-700 dark:text-slate-300">{e.city}</p> : null}
                <dl className="mt-3 flex flex-col gap-2 text-sm">
                  {e.stand ? (
                    <div>
                      <dt className="font-medium">{t('directory.stand')}</dt>
                      <dd>{t('directory.standValue', { number: e.stand.number, hall: e.stand.hall })}</dd>
                    </div>
                  ) : null}
                  {e.topics ? (
                    <div>
                      <dt className="font-medium">{t('directory.topics')}</dt>
                      <dd>{e.topics}</dd>
                    </div>
                  ) : null}
                  {e.products ? (
                    <div>
                      <dt className="font-medium">{t('directory.products')}</dt>
                      <dd>{e.products}</dd>
                    </div>
                  ) : null}
                  {e.website ? (
                    <div>
                      <dt className="font-medium">{t('directory.website')}</dt>
                      <dd>
                        <a href={e.website} rel="noopener noreferrer nofollow" className="inline-block min-h-11 break-all py-3">
                          {e.website.replace(/^https?:\/\//i, '')}
                        </a>
                      </dd>
                    </div>
                  ) : null}
                </dl>
              </Card>
            </li>
          ))}
        </ul>
      )}

      {page.stands.some((s) => s.x !== null) ? (
        <section aria-labelledby="plan-heading" className="mt-10">
          <h2 id="plan-heading" className="mb-3 text-xl font-bold">
            {t('plan.heading')}
          </h2>
          <StandPlan stands={page.stands} locale={page.locale} />
        </section>
      ) : null}
    </div>
  )
}
