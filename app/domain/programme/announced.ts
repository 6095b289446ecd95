// Who the public may see as a speaker: on the event page, the agenda, the programme feed and the
// attendee's own agenda. Only speakers who accepted: an invitation is the organisers' question, not
// the speaker's promise, and naming someone who has not said yes (or said no) announces a talk they
// may never give. Their session stays on the programme — it is the organisers' plan — just without
// them. Erased persons are never named.
import type { Prisma } from '~/generated/prisma-sqlite/client'

export const ANNOUNCED_SPEAKER = { status: 'CONFIRMED', person: { erasedAt: null } } as const satisfies Prisma.SpeakerWhereInput
