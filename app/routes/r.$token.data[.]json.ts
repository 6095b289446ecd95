// GET /r/:token/data.json — "download my data": everything Fairdesk keeps about the person this
// self-service link belongs to, as a JSON file (GDPR Art. 15/20). The link is the credential.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { personalData } from '~/domain/people/personal-data.server'
import { findByManageToken } from '~/domain/registration/self-service.server'
import { getDb } from '~/lib/db.server'
import { privateHeaders } from '~/documents/ticket.server'

export async function loader({ params }: LoaderFunctionArgs) {
  const db = await getDb()
  const registration = await findByManageToken(db, params.token ?? '')
  const data = registration ? await personalData(db, registration.personId) : null
  if (!data) throw new Response(null, { status: 404, headers: privateHeaders })
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      ...privateHeaders,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="fairdesk-my-data.json"',
    },
  })
}
