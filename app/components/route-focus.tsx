// After a client-side navigation the pressed link is gone and focus falls back to <body>, so the
// next Tab would start somewhere in the middle of the new page. As after a full page load, focus
// goes back to the top (the next Tab reaches the skip link), and screen readers hear the new title.
import { useLocation } from '@remix-run/react'
import { useEffect, useRef } from 'react'

export function RouteFocus() {
  const { pathname } = useLocation()
  const marker = useRef<HTMLParagraphElement>(null)
  const firstRender = useRef(true)
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    const active = document.activeElement
    // The new page (or the person) put focus somewhere on purpose, e.g. the scanner's code field.
    if (active && active !== document.body && active.isConnected) return
    if (!marker.current) return
    marker.current.textContent = document.title
    // No scrolling: ScrollRestoration decides where the page stands (e.g. back to a list).
    marker.current.focus({ preventScroll: true })
  }, [pathname])
  return <p ref={marker} tabIndex={-1} className="sr-only" data-testid="route-focus" />
}
