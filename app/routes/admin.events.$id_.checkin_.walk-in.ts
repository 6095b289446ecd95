// POST /admin/events/:id/checkin/walk-in — registers someone at the door and admits them at once
// (source WALK_IN). A form post; answers JSON with field errors (message keys of `checkin`) or the verdict.
// Outside the event's days the verdict is `not_today` (nobody registered); `override=1` admits anyway,
// for roles with `checkin:override` only, like a ticket's "admit anyway".
import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs } from '@remix-run/node'
import { WalkInForm } from '~/domain/checkin/forms'
import { admitWalkIn } from '~/domain/checkin/checkin.server'
import { jsonNoStore } from '~/lib/http/json-body.server'
import { toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { can } from '~/lib/permissions.server'
import { scannerAccess } from '~/lib/scanner-access.server'

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await scannerAccess(request, params.id)
  if (access instanceof Response) return access
  const form = await request.formData().catch(() => null)
  if (!form) return jsonNoStore({ error: 'bad_request', fieldErrors: {} }, { status: 400 })
  const override = form.get('override') === '1'
  if (override && !can(access.user.role, 'checkin:override')) return jsonNoStore({ error: 'forbidden' }, { status: 403 })
  const submission = parseWithZod(form, { schema: WalkInForm })
  if (submission.status !== 'success') return jsonNoStore({ error: 'invalid', fieldErrors: submission.error ?? {} }, { status: 400 })
  const gate =
    String(form.get('gate') ?? '')
      .trim()
      .slice(0, 60) || null
  const locale = submission.value.locale ?? toLocale(await i18next.getLocale(request))
  const name = `${submission.value.firstName} ${submission.value.lastName}`
  const admitted = await admitWalkIn(access.db, access.event.id, { ...submission.value, locale, gate, byUserId: access.user.id, override })
  if (admitted.kind === 'not_today')
    return jsonNoStore({
      result: 'not_today',
      registrationId: null,
      name,
      company: submission.value.company?.trim() || null,
      role: 'ATTENDEE',
      eventStartsAt: admitted.eventStartsAt.toISOString(),
    })
  if (admitted.kind === 'year_closed') return jsonNoStore({ result: 'year_closed', year: admitted.year }, { status: 409 })
  const { registration, checkIn, alreadyAdmitted } = admitted
  return jsonNoStore({
    result: alreadyAdmitted ? 'already_checked_in' : 'ok',
    checkInId: checkIn.id,
    registrationId: registration.id,
    name,
    company: registration.companyName,
    role: registration.role,
    day: checkIn.day,
    checkedInAt: checkIn.checkedInAt.toISOString(),
    gate: checkIn.gate,
  })
}

export const loader = () => jsonNoStore({ error: 'method_not_allowed' }, { status: 405, headers: { Allow: 'POST' } })
