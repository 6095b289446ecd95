// Loader and action of /admin/companies/:id: the company's data and its membership periods.
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { getCompany, saveCompany } from '~/domain/companies/companies.server'
import { CompanyFields, formPeriods } from '~/domain/companies/form'
import { DEFAULT_TIME_ZONE, eventDay } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'
import { shownAgain } from '~/web/shown-again'

const day = (d: Date | null) => (d ? eventDay(d, DEFAULT_TIME_ZONE) : '')

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = await getDb()
  await requirePermission(request, db, 'companies:manage')
  const company = await getCompany(db, params.id ?? '')
  if (!company) throw new Response(null, { status: 404 })
  const t = await i18next.getFixedT(request, 'companies')
  return data({
    title: t('edit.metaTitle', { name: company.name }),
    company: {
      id: company.id,
      name: company.name,
      city: company.city ?? '',
      country: company.country,
      website: company.website ?? '',
      sector: company.sector ?? '',
      persons: company._count.persons,
      exhibitors: company._count.exhibitors,
      partners: company._count.partnering,
    },
    periods: company.memberships.map((p) => ({ from: day(p.from), to: day(p.to) })),
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const db = await getDb()
  const user = await requirePermission(request, db, 'companies:manage')
  const id = params.id ?? ''
  const form = await request.formData()
  const submission = parseWithZod(form, { schema: CompanyFields })
  if (submission.status !== 'success') return data(shownAgain(submission.reply(), { max: 300 }), { status: 400 })
  const { periods: _rows, newFrom: _from, newTo: _to, ...fields } = submission.value
  const periods = formPeriods(submission.value)
  const result = await saveCompany(db, user.id, id, {
    name: fields.name,
    city: fields.city || null,
    country: fields.country,
    website: fields.website || null,
    sector: fields.sector || null,
    periods: periods.map(({ from, to }) => ({ from, to })),
  })
  if (result.kind === 'notFound') throw new Response(null, { status: 404 })
  if (result.kind === 'nameTaken')
    return data(shownAgain(submission.reply({ fieldErrors: { name: ['errors.nameTaken'] } }), { max: 300 }), { status: 409 })
  if (result.kind === 'periods') {
    const fieldErrors: Record<string, string[]> = {}
    for (const p of result.problems) {
      const field = periods[p.index]!.field
      const name =
        field === 'new'
          ? p.problem === 'ends_before_start'
            ? 'newTo'
            : 'newFrom'
          : `${field}.${p.problem === 'ends_before_start' ? 'to' : 'from'}`
      fieldErrors[name] = [`errors.${p.problem}`]
    }
    return data(shownAgain(submission.reply({ fieldErrors }), { max: 300 }), { status: 400 })
  }
  return redirect(`/admin/companies/${id}?saved=1`, 303)
}
