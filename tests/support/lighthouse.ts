// Lighthouse against Debian's Chromium (chrome-launcher starts it; nothing is downloaded).
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_PATH } from './browser'

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo'

/** Scores 0–100 per category for one URL (mobile form factor, Lighthouse's default throttling). */
export async function lighthouseScores(url: string, categories: Category[]): Promise<Record<Category, number> & { failing: string[] }> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories })
    if (!result) throw new Error(`Lighthouse produced no result for ${url}`)
    const { lhr } = result
    const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<
      Category,
      number
    >
    // What cost points, for the message when a score is too low.
    const failing = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 0.9 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'notApplicable' &&
          a.scoreDisplayMode !== 'manual',
      )
      .map((a) => `${a.id} (${a.score})`)
    return { ...scores, failing }
  } finally {
    chrome.kill()
  }
}
