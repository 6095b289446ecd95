// The demo's staff logins, one per role, all with the same password (printed by `npm start` and in
// the README). Only ever seeded into a demo database.
import type { Role } from '~/generated/prisma-sqlite/client'

export const DEMO_PASSWORD = 'fairdesk-demo'

export const demoUsers: Array<{ email: string; name: string; role: Role }> = [
  { email: 'admin@example.org', name: 'Demo-Administration', role: 'ADMIN' },
  { email: 'orga@example.org', name: 'Katrin Vogt (Organisation)', role: 'ORGANIZER' },
  { email: 'door@example.org', name: 'Einlass-Team', role: 'DOOR' },
  { email: 'report@example.org', name: 'Berichtswesen', role: 'REPORTER' },
]
