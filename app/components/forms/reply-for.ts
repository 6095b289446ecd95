// A page with several forms gets one action answer. Each form (useForm) takes it only when its own
// intent, and on pages that repeat a form per row its own row, produced it; the others get an empty
// answer, which also clears errors an earlier answer reported once the page has moved on.
import type { SubmissionResult } from '@conform-to/react'

const NO_REPLY: SubmissionResult<string[]> = { error: {} }

export function replyFor(
  lastResult: unknown,
  intent: string | readonly string[],
  row?: readonly [field: string, value: string],
): SubmissionResult<string[]> {
  const reply = lastResult as SubmissionResult<string[]> | undefined | null
  const sent = reply?.initialValue ?? null
  if (!reply || !sent) return NO_REPLY
  const intents: readonly string[] = typeof intent === 'string' ? [intent] : intent
  if (!intents.includes(String(sent.intent ?? ''))) return NO_REPLY
  if (row && String(sent[row[0]] ?? '') !== row[1]) return NO_REPLY
  return reply
}

/** A field's value as the answer sent it back (Conform's `initialValue`), for `defaultValue`. */
export const typedValue = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)
