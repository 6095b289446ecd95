import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { WalkInForm } from '~/domain/checkin/forms'
import { EventForm } from '~/domain/events/form'
import { StaffPassForm } from '~/domain/fair/forms'
import { InviteForm, ProposalForm } from '~/domain/programme/forms'
import { RegistrationFields } from '~/domain/registration/form'

const emailFields: Record<string, z.ZodType> = {
  registration: RegistrationFields.shape.email,
  walkIn: WalkInForm.shape.email,
  eventContact: EventForm.shape.contactEmail,
  staffPass: StaffPassForm.shape.email,
  speakerInvite: InviteForm.shape.email,
  proposal: ProposalForm.shape.email,
}
const messageOf = (field: z.ZodType, value: string) => field.safeParse(value).error?.issues[0]?.message

describe('the one e-mail rule', () => {
  it.each(Object.entries(emailFields))('%s refuses a bad address and an overlong one with the same keys', (_, field) => {
    expect(messageOf(field, 'jana@')).toBe('errors.emailInvalid')
    expect(messageOf(field, 'jana schröder@novo-tech.example')).toBe('errors.emailInvalid')
    expect(messageOf(field, `${'a'.repeat(300)}@novo-tech.example`)).toBe('errors.emailTooLong')
    expect(messageOf(field, ' Jana.Schroeder+fair@novo-tech.example ')).toBeUndefined()
  })
})
