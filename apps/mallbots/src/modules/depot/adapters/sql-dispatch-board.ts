import type { DispatchBoard } from '../application/dispatch-board.js';

export const sqlDispatchBoard: DispatchBoard = {
  async oldestAvailable(sql) {
    return (await sql.get<{ id: string }>("SELECT id FROM depot_shopping_lists WHERE status = 'available' ORDER BY id LIMIT 1"))?.id;
  },
  async held(sql) {
    const rows = await sql.all<{ id: string; assigned_bot_id: string }>(
      "SELECT id, assigned_bot_id FROM depot_shopping_lists WHERE status IN ('assigned', 'active') ORDER BY id",
    );
    return rows.map((row) => ({ shoppingListId: row.id, botId: row.assigned_bot_id }));
  },
  async heldBy(sql, botId) {
    const row = await sql.get<{ id: string }>(
      "SELECT id FROM depot_shopping_lists WHERE assigned_bot_id = ? AND status IN ('assigned', 'active')",
      [botId],
    );
    return row?.id;
  },
  /**
   * Writes the bot's row (counting the transactions that assigned to it: a refused one rolls back),
   * which holds the row until commit in PostgreSQL, where the next writer then reads what committed;
   * SQLite has one writer at a time anyway. Portable: an upsert, no `SELECT … FOR UPDATE`.
   */
  async takeBotsTurn(sql, botId) {
    await sql.run(
      'INSERT INTO depot_bots (id, assignments) VALUES (?, 1) ON CONFLICT (id) DO UPDATE SET assignments = depot_bots.assignments + 1',
      [botId],
    );
  },
};
