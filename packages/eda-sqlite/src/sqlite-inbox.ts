import type { InboxStore } from '@mallbots/eda';
import type { Access } from './write-coordinator.js';

/**
 * Handled message ids per consumer. `record` (and `recordAll`, once per id) is an INSERT OR
 * IGNORE: inside the consumer's transaction it both claims the id and tells whether it was claimed
 * before, and it rolls back with the consumer's effects.
 */
export const createSqliteInbox = (access: Access): InboxStore => ({
  async record(consumer, messageId) {
    const now = Date.now();
    return access.write(
      ({ sql }) =>
        sql.get('INSERT OR IGNORE INTO inbox (consumer, message_id, recorded_at) VALUES (?, ?, ?)').run(consumer, messageId, now)
          .changes === 1,
    );
  },

  async recordAll(consumer, messageIds) {
    const now = Date.now();
    return access.write(({ sql }) => {
      const insert = sql.get('INSERT OR IGNORE INTO inbox (consumer, message_id, recorded_at) VALUES (?, ?, ?)');
      return messageIds.map((messageId) => insert.run(consumer, messageId, now).changes === 1);
    });
  },

  async has(consumer, messageId) {
    return access.read.pluck('SELECT 1 FROM inbox WHERE consumer = ? AND message_id = ?').get(consumer, messageId) !== undefined;
  },
});
