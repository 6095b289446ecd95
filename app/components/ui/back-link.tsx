// "← Back to …" above a page's heading: a full 44 px tap target on a phone, the arrow hidden from
// screen readers (the words say where it goes).
import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'

export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className="inline-flex min-h-11 items-center gap-1 text-sm">
      <span aria-hidden="true">←</span>
      {children}
    </Link>
  )
}
