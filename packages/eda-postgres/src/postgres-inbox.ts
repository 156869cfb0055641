import type { InboxStore } from '@mallbots/eda';
import type { Access } from './database.js';
import type { SchemaNames } from './schema-names.js';

/**
 * Handled message ids per consumer. `record` is an INSERT ... ON CONFLICT DO NOTHING (`recordAll`
 * one such INSERT of all its ids): inside the consumer's transaction it both claims the id and
 * tells whether it was claimed before, and it rolls back with the consumer's effects. Two
 * transactions claiming the same id at once: the second waits for the first and gets false if it
 * committed, true if it rolled back.
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

    async recordAll(consumer, messageIds) {
      if (messageIds.length === 0) return [];
      // Sorted: two transactions claiming overlapping ids wait for each other in one order, never in a cycle.
      const unique = [...new Set(messageIds)].sort();
      const result = await access.exec<{ message_id: string }>(
        `INSERT INTO ${inbox} (consumer, message_id) SELECT $1, id FROM unnest($2::text[]) AS id ON CONFLICT DO NOTHING RETURNING message_id`,
        [consumer, unique],
      );
      // Only the first occurrence of an id can be the one that recorded it.
      const recorded = new Set(result.rows.map((row) => row.message_id));
      return messageIds.map((messageId) => recorded.delete(messageId));
    },

    async has(consumer, messageId) {
      const result = await access.read(`SELECT 1 FROM ${inbox} WHERE consumer = $1 AND message_id = $2`, [consumer, messageId]);
      return result.rowCount === 1;
    },
  };
};
