import { encodeMessage, type MessageRegistry, type Outbox } from '@mallbots/eda';
import type { Access } from './database.js';
import { appendLogRecords } from './log-records.js';
import type { SchemaNames } from './schema-names.js';

/**
 * The outbox is the message log itself: `add` inserts log records through `access`, so inside a
 * transaction they commit (and wake consumers, by NOTIFY in other processes) with the
 * transaction's other writes or vanish with its rollback; outside one they are published at once.
 * No relay, no polling. With a registry each message is validated first
 * (`MessageValidationError`, nothing written).
 */
export const createPostgresOutbox = (access: Access, names: SchemaNames, registry: MessageRegistry | undefined, now: () => Date): Outbox => ({
  async add(messages) {
    if (messages.length === 0) return;
    // The version encodeMessage used is stored with each record, so the transport upcasts it on delivery.
    const records = messages.map(({ topic, key, message }) => ({ topic, key: key ?? message.id, ...encodeMessage(registry, message) }));
    const appendedAt = now();
    await appendLogRecords(access, names, records, appendedAt);
  },
});
