// Real Chromium through playwright-core (no downloaded browsers). Flags: without the
// background-networking ones Chromium floods the closed network with refused connections.
import fs from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { chromium, type Browser, type Page } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const hasChromium = fs.existsSync(CHROMIUM_PATH)
if (!hasChromium) {
  console.warn(`[fairdesk] Browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH).`)
}

/** Each launch gets a fresh temporary profile (playwright's default; it refuses --user-data-dir here). */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  })
}

/**
 * Accessibility violations on the current page (WCAG 2.x A/AA rules). `exclude`: selectors axe must
 * not enter — a sandboxed mail preview frame runs no scripts, so axe would wait for it forever.
 */
export async function axeViolations(page: Page, { exclude = [] }: { exclude?: string[] } = {}) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
  for (const selector of exclude) builder.exclude(selector)
  const result = await builder.analyze()
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

/** Opens a page and waits until React has hydrated it (root.tsx sets data-hydrated on <html>). */
export async function gotoHydrated(page: Page, url: string) {
  const response = await page.goto(url)
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', undefined, { timeout: 30_000 })
  return response
}
