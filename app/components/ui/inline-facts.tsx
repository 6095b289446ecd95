// A short description list with each term and its value on one line ("Offers: gearboxes"), as the
// cooperation exchange shows them on cards. Facts without a value are left out.
import type { ReactNode } from 'react'

export function InlineFacts({ facts, className = '' }: { facts: Array<[label: string, value: ReactNode]>; className?: string }) {
  const shown = facts.filter(([, value]) => value !== null && value !== undefined && value !== '')
  if (shown.length === 0) return null
  return (
    <dl className={`flex flex-col gap-1 text-sm ${className}`}>
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt className="inline font-medium">{label}: </dt>
          <dd className="inline">{value}</dd>
        </div>
      ))}
    </dl>
  )
}
