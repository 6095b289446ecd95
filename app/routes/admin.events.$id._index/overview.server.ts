// The event's overview for organisers: its custom questions and the registrations, searchable.
import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { addQuestion, editQuestionTexts, listRegistrations } from '~/domain/events/admin.server'
import { formatAnswer, questionOptions, type Answers } from '~/domain/registration/answers'
import type { Db } from '~/lib/db.server'
import { localized } from '~/lib/i18n'
import { runIntent, withContext } from '~/web/intents.server'
import { requireStaffEvent } from '~/web/staff-event.server'
import { QuestionForm, QuestionTextsForm, STATUSES } from './overview-forms'

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
      fair: event.kind === 'FAIR',
      title: localized(locale, event.titleDe, event.titleEn),
      questions: event.questions.map((qq) => ({
        id: qq.id,
        kind: qq.kind,
        required: qq.required,
        label: localized(locale, qq.labelDe, qq.labelEn),
        // The texts the editor corrects: an English label equal to the German one was left empty.
        labelDe: qq.labelDe,
        labelEn: qq.labelEn === qq.labelDe ? '' : qq.labelEn,
        options: questionOptions(qq),
        exchangeField: qq.exchangeField,
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

type Page = { db: Db; eventId: string; userId: string }

/** Adds a custom question to the registration form. */
async function add({ db, eventId, userId }: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: QuestionForm })
  if (submission.status !== 'success') return data({ form: 'add', ...submission.reply() }, { status: 400 })
  const v = submission.value
  await addQuestion(
    db,
    eventId,
    {
      kind: v.kind,
      labelDe: v.labelDe,
      labelEn: v.labelEn,
      required: v.required === 'on',
      options: v.optionList ?? [],
      exchangeField: v.exchangeField ?? null,
    },
    userId,
  )
  return data({ form: 'add', ...submission.reply({ resetForm: true }) })
}

/** Corrects or translates the texts of a question and its options; answers keep their values. */
async function editTexts({ db, eventId, userId }: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: QuestionTextsForm })
  const formId = `question-${String(form.get('questionId') ?? '')}`
  if (submission.status !== 'success') return data({ form: formId, ...submission.reply() }, { status: 400 })
  const { questionId, ...texts } = submission.value
  const result = await editQuestionTexts(db, eventId, questionId, texts, userId)
  if (result.kind === 'notFound') throw new Response(null, { status: 404 })
  if (result.kind === 'optionsChanged') {
    return data({ form: formId, ...submission.reply({ formErrors: ['errors.questionChanged'] }) }, { status: 409 })
  }
  return data({ form: formId, ...submission.reply(), saved: true })
}

export async function action(args: ActionFunctionArgs) {
  const { db, event, user } = await requireStaffEvent(args.request, args.params.id, 'events:manage')
  const actions = withContext<Page>({ db, eventId: event.id, userId: user.id }, { addQuestion: add, editQuestionTexts: editTexts })
  // A form without intent is the add form as it was posted before the editor had two forms.
  return runIntent(args, actions, actions.addQuestion)
}
