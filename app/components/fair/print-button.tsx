// "Print" for the schedules: the page itself is laid out for paper (print: classes); this only
// opens the browser's print dialog, so it is hidden where JavaScript has not started.
import { useEffect, useState } from 'react'
import { buttonClass } from '~/components/ui'

export function PrintButton({ label }: { label: string }) {
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  if (!ready) return null
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass('secondary', 'print:hidden')}>
      {label}
    </button>
  )
}
