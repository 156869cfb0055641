import type { InboxStore } from '@mallbots/eda';
import type { Access } from './database.js';
import type { SchemaNames } from './schema-names.js';

/**
 * Handled message ids per consumer. `record` is an INSERT ... ON CONFLICT DO NOTHING: inside the
 * consumer's transaction it both claims the id and tells whether it was claimed before, and it
 * rolls back with the consumer's effects. Two transactions claiming the same id at once: the
 * second waits for the first and gets false if it committed, true if it rolled back.
 */
export const createPostgresInbox = (access: Access, names: SchemaNames): InboxStore => {
  const inbox = names.table('inbox');
  return {
    async record(consumer, messageId) {
      const result = await access.exec(`INSERT INTO ${inbox} (consumer, message_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        consumer,
        messageId,
      ]);
      return result.rowCount === 1;
    },

    async has(consumer, messageId) {
      const result = await access.read(`SELECT 1 FROM ${inbox} WHERE consumer = $1 AND message_id = $2`, [consumer, messageId]);
      return result.rowCount === 1;
    },
  };
};
