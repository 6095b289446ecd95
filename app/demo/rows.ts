// The demo as database rows, table by table, ready for createMany. Ids are set by the builder
// (deterministic), so rows can refer to each other before anything is written.
import type { Prisma } from '~/generated/prisma-sqlite/client'

export type DemoRows = {
  companies: Prisma.CompanyCreateManyInput[]
  memberships: Prisma.CompanyMembershipCreateManyInput[]
  persons: Prisma.PersonCreateManyInput[]
  series: Prisma.SeriesCreateManyInput[]
  programmes: Prisma.ProgrammeCreateManyInput[]
  events: Prisma.EventCreateManyInput[]
  /** The implicit many-to-many Event ↔ Programme, which createMany cannot fill. */
  eventProgrammes: Array<{ programmeId: string; eventIds: string[] }>
  questions: Prisma.EventQuestionCreateManyInput[]
  partners: Prisma.EventPartnerCreateManyInput[]
  rooms: Prisma.RoomCreateManyInput[]
  sessions: Prisma.SessionCreateManyInput[]
  speakers: Prisma.SpeakerCreateManyInput[]
  sessionSpeakers: Prisma.SessionSpeakerCreateManyInput[]
  stands: Prisma.StandCreateManyInput[]
  exhibitors: Prisma.ExhibitorCreateManyInput[]
  registrations: Prisma.RegistrationCreateManyInput[]
  registrationSessions: Prisma.RegistrationSessionCreateManyInput[]
  checkIns: Prisma.CheckInCreateManyInput[]
  profiles: Prisma.CooperationProfileCreateManyInput[]
  meetings: Prisma.MeetingCreateManyInput[]
}

export function emptyRows(): DemoRows {
  return {
    companies: [],
    memberships: [],
    persons: [],
    series: [],
    programmes: [],
    events: [],
    eventProgrammes: [],
    questions: [],
    partners: [],
    rooms: [],
    sessions: [],
    speakers: [],
    sessionSpeakers: [],
    stands: [],
    exhibitors: [],
    registrations: [],
    registrationSessions: [],
    checkIns: [],
    profiles: [],
    meetings: [],
  }
}
