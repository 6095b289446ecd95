import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react'

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: ReactNode
  /** Field-level messages from server-side validation. */
  errors?: string[] | null
  hint?: ReactNode
}

/** A labelled input whose errors are tied to it (aria-invalid, aria-describedby) for screen readers. */
export function Field({ label, errors, hint, id, className = '', ...input }: FieldProps) {
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
}

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: ReactNode; errors?: string[] | null; hint?: ReactNode }

/** A labelled multi-line input, with errors and hint tied to it like Field's. */
export function TextAreaField({ label, errors, hint, id, className = '', ...textarea }: TextAreaFieldProps) {
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
      <textarea
        id={inputId}
        aria-invalid={hasErrors || undefined}
        aria-describedby={describedBy}
        className={`min-h-24 rounded-md border bg-white px-3 py-2 text-base text-slate-900 dark:bg-slate-900 dark:text-white ${hasErrors ? 'border-red-700' : 'border-slate-400 dark:border-slate-600'}`}
        {...textarea}
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
}

/** A form-wide message (e.g. "wrong e-mail or password"), announced when it appears. */
export function FormError({ id, children }: { id?: string; children?: ReactNode }) {
  if (!children) return null
  return (
    <div id={id} role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
      {children}
    </div>
  )
}
