// Tap targets on a phone: every control a finger has to hit is at least 44 × 44 CSS pixels.
// Exempt, as in WCAG 2.5.5: links inside running text, and a checkbox or radio button whose label
// (the element that takes the tap) is big enough. Hidden things (the skip link before it gets
// focus, the honeypot field) are not targets.
import type { Page } from 'playwright-core'

export const MIN_TAP = 44

/** The controls on the page smaller than 44 × 44 px, as "tag[text] w×h". */
export function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary')]
    const small: string[] = []
    for (const el of controls) {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue
      const box = el.getBoundingClientRect()
      if (box.width <= 2 || box.height <= 2 || box.right < 0 || box.left > window.innerWidth) continue
      if (el.closest('[aria-hidden="true"]')) continue
      let target = box
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
        const label = el.closest('label') ?? (el.id ? document.querySelector<HTMLElement>(`label[for="${CSS.escape(el.id)}"]`) : null)
        if (label) target = label.getBoundingClientRect()
      }
      if (el.tagName === 'A') {
        // A link in a sentence: its block has more text than the link.
        const block = el.parentElement?.closest('p, li, dd, td, figcaption')
        if (block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 1) continue
      }
      if (target.width < min || target.height < min)
        small.push(
          `${el.tagName.toLowerCase()}[${(el.textContent || el.getAttribute('aria-label') || el.getAttribute('name') || '').trim().slice(0, 30)}] ${Math.round(target.width)}×${Math.round(target.height)}`,
        )
    }
    return small
  }, MIN_TAP)
}
