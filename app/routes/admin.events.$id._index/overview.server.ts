// The event's overview for organisers: its custom questions and the registrations, searchable.
import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { addQuestion, listRegistrations } from '~/domain/events/admin.server'
import { formatAnswer, type Answers } from '~/domain/registration/answers'
import { localized } from '~/lib/i18n'
import { requireStaffEvent } from '~/web/staff-event.server'
import { QuestionForm, STATUSES } from './overview-forms'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, event, locale } = await requireStaffEvent(request, params.id, 'registrations:manage')
  const url = new URL(request.url)
  const status = STATUSES.find((s) => s === url.searchParams.get('status'))
  const q = (url.searchParams.get('q') ?? '').slice(0, 200)
  const company = (url.searchParams.get('company') ?? '').slice(0, 200)
  const came = url.searchParams.get('came')
  const checkedIn = came === 'yes' ? true : came === 'no' ? false : undefined
  const page = Math.max(1, Number(url.searchParams.get('page')) || 1)
  const list = await listRegistrations(db, event.id, { q, status, company, checkedIn, page })
  return {
    event: {
      id: event.id,
      status: event.status,
      title: localized(locale, event.titleDe, event.titleEn),
      questions: event.questions.map((qq) => ({
        id: qq.id,
        kind: qq.kind,
        required: qq.required,
        label: localized(locale, qq.labelDe, qq.labelEn),
      })),
    },
    filter: { q, status: status ?? '', company, came: checkedIn === undefined ? '' : came },
    list: {
      ...list,
      registrations: list.registrations.map((r) => ({
        id: r.id,
        name: `${r.person.firstName} ${r.person.lastName}`,
        email: r.person.email,
        company: r.companyName ?? r.person.company?.name ?? '',
        status: r.status,
        role: r.role,
        source: r.source,
        checkedIn: r.checkIns.length > 0,
        answers: event.questions.map((qq) => formatAnswer(qq, ((r.answers ?? {}) as Answers)[qq.id], locale, { yes: '✓', no: '–' })),
      })),
    },
  }
}

/** Adds a custom question to the registration form. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { db, event, user } = await requireStaffEvent(request, params.id, 'events:manage')
  const submission = parseWithZod(await request.formData().catch(() => new FormData()), { schema: QuestionForm })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const v = submission.value
  await addQuestion(
    db,
    event.id,
    {
      kind: v.kind,
      labelDe: v.labelDe,
      labelEn: v.labelEn,
      required: v.required === 'on',
      options: v.optionList,
    },
    user.id,
  )
  return data(submission.reply({ resetForm: true }))
}
