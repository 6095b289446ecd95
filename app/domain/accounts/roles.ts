// The staff roles, for forms in the browser and the shell alike (capabilities: lib/permissions.server.ts).
import type { Role } from '~/generated/prisma-sqlite/client'

export const STAFF_ROLES = ['ADMIN', 'ORGANIZER', 'DOOR', 'REPORTER'] as const satisfies readonly Role[]
export const isStaffRole = (value: unknown): value is Role => (STAFF_ROLES as readonly unknown[]).includes(value)
