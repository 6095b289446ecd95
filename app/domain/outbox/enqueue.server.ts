// Queues a mail in the same transaction as the change it reports (docs/decisions/001-outbox-same-transaction.md).
import type { Tx } from '~/lib/db.server'
import { newId } from '~/lib/ids.server'
import type { SqlConn } from '~/lib/sqlite-adapter.server'
import type { OutboxMessageData } from './messages'

export async function enqueue(tx: Tx, message: OutboxMessageData) {
  await tx.outboxMessage.create({ data: { ...message, payload: message.payload as object } })
}

/** enqueue() inside a synchronous SQLite transaction of a fast path; `written` is the store's timestamp. */
export function enqueueOnSqlite(conn: SqlConn, message: OutboxMessageData, written: string) {
  conn
    .prepare(
      'INSERT INTO "OutboxMessage" ("id", "template", "toEmail", "locale", "payload", "nextAttemptAt", "registrationId", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(
      newId(),
      message.template,
      message.toEmail,
      message.locale,
      JSON.stringify(message.payload),
      written,
      message.registrationId,
      written,
    )
}
