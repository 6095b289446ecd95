// `npm start`: migrate, seed the demo on an empty database, then serve the production build.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { getEnv } from '~/lib/env.server'
import { prepareDatabase } from './prepare-db'

await prepareDatabase()
const env = getEnv()
const require = createRequire(import.meta.url)
const serve = require.resolve('@remix-run/serve/dist/cli.js')
console.log(`[fairdesk] serving ${env.APP_URL} — staff login: admin@example.org / fairdesk-demo`)
const child = spawn(process.execPath, [serve, 'build/server/index.js'], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production', PORT: String(env.PORT) },
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
