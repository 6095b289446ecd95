// A page with several forms names each with an `intent` and maps intents to their actions in one
// table, each action next to the form it serves (docs/architecture.md, "Routes").
import { data, type ActionFunctionArgs } from '@remix-run/node'

export type IntentAction = (args: ActionFunctionArgs, form: FormData) => Promise<Response | ReturnType<typeof data>>

/** The submitted intent, or '' when there is none (or it is a file). */
export function intentOf(form: FormData): string {
  const intent = form.get('intent')
  return typeof intent === 'string' ? intent : ''
}

/** Reads the form (a body that is no form counts as an empty one) and runs the action its intent names. */
export async function runIntent(args: ActionFunctionArgs, actions: Record<string, IntentAction>, fallback?: IntentAction) {
  const form = await args.request.formData().catch(() => new FormData())
  const intent = intentOf(form)
  const run = Object.hasOwn(actions, intent) ? actions[intent] : fallback
  if (!run) return data({ status: 'error' as const, error: { '': ['errors.badRequest'] } }, { status: 400 })
  return run(args, form)
}

/**
 * An intent table whose actions share what the page's action loaded once (permission checked, event
 * found): the check runs before any intent, so an unknown one is refused only to those who may write.
 */
export function withContext<C>(
  context: C,
  actions: Record<string, (context: C, form: FormData) => Promise<Response | ReturnType<typeof data>>>,
) {
  const bound: Record<string, IntentAction> = {}
  for (const [intent, run] of Object.entries(actions)) bound[intent] = (_args, form) => run(context, form)
  return bound
}
