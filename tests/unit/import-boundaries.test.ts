// The direction of imports is enforced by `npm run lint` (eslint.config.js): a planted forbidden
// import must fail it, and the allowed ones must pass.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

// The first lint loads ESLint's whole configuration (seconds on a busy machine).
describe('import boundaries', { timeout: 60_000 }, () => {
  it.each([
    ["import { data } from '@remix-run/node'", 'Remix'],
    ["import { useState } from 'react'", 'React'],
    ["import { loader } from '~/routes/events.$slug'", 'a route'],
    ["import { Button } from '~/components/ui/button'", 'a component'],
    ["import { renderTicketPdf } from '~/documents/ticket.server'", 'a document renderer'],
    ["import { deliverDue } from '~/mail/outbox.server'", 'mail delivery'],
    ["import { eventFacts } from '../../../emails/catalog.server'", 'a mail template by relative path'],
  ])('refuses %s in the domain (%s)', async (code) => {
    expect(await restrictedImports('app/domain/registration/planted.ts', `${code}\nexport const x = 1\n`)).toHaveLength(1)
  })

  it('lets the domain import app/lib and other capabilities', async () => {
    const code =
      "import { getEnv } from '~/lib/env.server'\nimport { countEvent } from '~/domain/reports/counting.server'\nexport const x = [getEnv, countEvent]\n"
    expect(await restrictedImports('app/domain/registration/planted.ts', code)).toEqual([])
  })

  it.each([
    ["import { register } from '~/domain/registration/register.server'"],
    ["import { register } from '../domain/registration/register.server'"],
    ["import { deliverDue } from '~/mail/outbox.server'"],
  ])('refuses %s in app/lib', async (code) => {
    expect(await restrictedImports('app/lib/planted.server.ts', `${code}\nexport const x = 1\n`)).toHaveLength(1)
  })
})
