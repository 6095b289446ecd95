// `npm start`: migrate, seed the demo on an empty database, then serve the production build.
import { getEnv } from '~/lib/env.server'
import { prepareDatabase } from './prepare-db'
import { serve } from './serve'

process.env.NODE_ENV ??= 'production'
await prepareDatabase()
const server = await serve()
console.log(`[fairdesk] serving ${getEnv().APP_URL} — staff login: admin@example.org / fairdesk-demo`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)))
