// A scheduled meeting of the cooperation exchange is called off (by the visitor, or because the
// exhibitor withdrew): to both sides, with the time it had, and the calendar cancellation
// (METHOD:CANCEL) the outbox attaches. Same layout as the invitation, without a link to act on.
import { MeetingScheduled, type MeetingScheduledProps } from './meeting-scheduled'

export type MeetingCancelledProps = Omit<MeetingScheduledProps, 'page'>

export function MeetingCancelled(p: MeetingCancelledProps) {
  return <MeetingScheduled {...p} page={null} />
}
