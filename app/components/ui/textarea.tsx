import { useId, type ReactNode, type TextareaHTMLAttributes } from 'react'

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: ReactNode
  errors?: string[] | null
  hint?: ReactNode
}

/** A labelled multi-line input with the same look and error wiring as Field. */
export function TextAreaField({ label, errors, hint, id, className = '', rows = 3, ...textarea }: TextAreaFieldProps) {
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
        rows={rows}
        aria-invalid={hasErrors || undefined}
        aria-describedby={describedBy}
        className={`rounded-md border bg-white px-3 py-2 text-base text-slate-900 dark:bg-slate-900 dark:text-white ${hasErrors ? 'border-red-700' : 'border-slate-400 dark:border-slate-600'}`}
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
