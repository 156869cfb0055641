import type { DispatchBoard } from '../application/dispatch-board.js';

export const sqlDispatchBoard: DispatchBoard = {
  async oldestAvailable(sql) {
    return (await sql.get<{ id: string }>("SELECT id FROM depot_shopping_lists WHERE status = 'available' ORDER BY id LIMIT 1"))?.id;
  },
  async heldBy(sql, botId) {
    const row = await sql.get<{ id: string }>(
      "SELECT id FROM depot_shopping_lists WHERE assigned_bot_id = ? AND status IN ('assigned', 'active')",
      [botId],
    );
    return row?.id;
  },
};
