// POST /admin/persons/:personId/erase — GDPR erasure of a person by staff (ADMIN only: capability
// `persons:erase`). The confirmation step is on the registration's detail page; this only acts.
import type { ActionFunctionArgs } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { erasePerson } from '~/domain/people/erasure.server'
import { getDb } from '~/lib/db.server'
import { requirePermission, safeRedirect } from '~/lib/permissions.server'

export async function action({ request, params }: ActionFunctionArgs) {
  const db = await getDb()
  const user = await requirePermission(request, db, 'persons:erase')
  const form = await request.formData().catch(() => null)
  const result = await erasePerson(db, params.personId ?? '', new Date(), user.id)
  if (result.kind === 'notFound') throw new Response('Not found', { status: 404 })
  // The page it returns to says so (`?erased=1`), also when returnTo has a query of its own.
  const target = new URL(safeRedirect(form?.get('returnTo'), '/admin'), 'http://local')
  target.searchParams.set('erased', '1')
  return redirect(`${target.pathname}${target.search}`, 303)
}

export const loader = () => new Response('Method not allowed', { status: 405, headers: { Allow: 'POST' } })
