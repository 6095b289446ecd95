import { useId, type ReactNode, type SelectHTMLAttributes } from 'react'

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: ReactNode
  hint?: ReactNode
  children: ReactNode
}

/** A labelled native select (works without JavaScript and with every screen reader); same look as Field. */
export function SelectField({ label, hint, id, className = '', children, ...select }: SelectFieldProps) {
  const fallbackId = useId()
  const selectId = id ?? fallbackId
  const hintId = `${selectId}-hint`
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={selectId} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      <select
        id={selectId}
        aria-describedby={hint ? hintId : undefined}
        className="min-h-11 max-w-full rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-white"
        {...select}
      >
        {children}
      </select>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
    </div>
  )
}
