import { forwardRef, useEffect, useId, useRef, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react'

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: ReactNode
  /** Field-level messages from server-side validation. */
  errors?: string[] | null
  hint?: ReactNode
}

/** A labelled input whose errors are tied to it (aria-invalid, aria-describedby) for screen readers. */
export const Field = forwardRef<HTMLInputElement, FieldProps>(function Field({ label, errors, hint, id, className = '', ...input }, ref) {
  const fallbackId = useId()
  const inputId = id ?? fallbackId
  const errorId = `${inputId}-error`
  const hintId = `${inputId}-hint`
  const hasErrors = Boolean(errors && errors.length > 0)
  const describedBy = [hint ? hintId : null, hasErrors ? errorId : null].filter(Boolean).join(' ') || undefined
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={inputId} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      <input
        ref={ref}
        id={inputId}
        aria-invalid={hasErrors || undefined}
        aria-describedby={describedBy}
        className={`min-h-11 rounded-md border bg-white px-3 text-base text-slate-900 dark:bg-slate-900 dark:text-white ${hasErrors ? 'border-red-700' : 'border-slate-400 dark:border-slate-600'}`}
        {...input}
      />
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {hasErrors ? (
        <p id={errorId} className="text-sm font-medium text-red-700 dark:text-red-300">
          {errors!.join(' ')}
        </p>
      ) : null}
    </div>
  )
})

/**
 * A form-wide message (e.g. "wrong e-mail or password"), announced when it appears. With
 * `focusOn` (the action's answer), it also takes focus each time a new answer brings it: a keyboard
 * or screen reader user then starts at the message, and the next Tab leads to the fields to fix.
 */
export function FormError({ id, children, focusOn }: { id?: string; children?: ReactNode; focusOn?: unknown }) {
  const box = useRef<HTMLDivElement>(null)
  const shown = Boolean(children)
  useEffect(() => {
    if (focusOn !== undefined && focusOn !== null && shown) box.current?.focus()
  }, [focusOn, shown])
  if (!children) return null
  return (
    <div
      ref={box}
      id={id}
      role="alert"
      tabIndex={focusOn === undefined ? undefined : -1}
      className="scroll-mt-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
    >
      {children}
    </div>
  )
}

type TextareaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: ReactNode; errors?: string[] | null; hint?: ReactNode }

/** A labelled multi-line field, wired like Field. */
export function TextareaField({ label, errors, hint, id, className = '', ...textarea }: TextareaFieldProps) {
  const fallbackId = useId()
  const inputId = id ?? fallbackId
  const hasErrors = Boolean(errors && errors.length > 0)
  const describedBy = [hint ? `${inputId}-hint` : null, hasErrors ? `${inputId}-error` : null].filter(Boolean).join(' ') || undefined
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={inputId} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      <textarea
        id={inputId}
        rows={3}
        aria-invalid={hasErrors || undefined}
        aria-describedby={describedBy}
        className={`rounded-md border bg-white px-3 py-2 text-base text-slate-900 dark:bg-slate-900 dark:text-white ${hasErrors ? 'border-red-700' : 'border-slate-400 dark:border-slate-600'}`}
        {...textarea}
      />
      {hint ? (
        <p id={`${inputId}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {hasErrors ? (
        <p id={`${inputId}-error`} className="text-sm font-medium text-red-700 dark:text-red-300">
          {errors!.join(' ')}
        </p>
      ) : null}
    </div>
  )
}
