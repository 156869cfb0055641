import { evolveAll } from '@mallbots/eda';
import type { Logger } from 'pino';
import type { AppTx } from '../../../platform/database.js';
import { fromCents } from '../../../platform/money.js';
import type { Sql } from '../../../platform/sql.js';
import { orderTallyDecider, type OrderTallyCommand } from '../domain/order-tally.js';
import type { OrderTallyRepository } from './order-tally-repository.js';
import type { SalesTotals } from './sales-totals.js';

/** The sales report as the API shows it: revenue in currency units. */
export interface SalesReport {
  stores: { storeId: string; storeName: string; orders: number; items: number; revenue: number }[];
  products: { productId: string; productName: string; storeId: string; quantity: number; revenue: number }[];
}

export interface AnalyticsServiceDeps {
  read: Sql;
  tallies: OrderTallyRepository;
  totals: SalesTotals;
  logger: Logger;
}

/** Sales per store and product from completed orders, fed by ordering's events. */
export const createAnalyticsService = ({ read, tallies, totals, logger }: AnalyticsServiceDeps) => ({
  /** Applies what happened to order `orderId` in the consumer's transaction: load, decide, save, add to the totals. */
  async track(tx: AppTx, orderId: string, command: OrderTallyCommand): Promise<void> {
    const state = (await tallies.load(tx.sql, orderId)) ?? orderTallyDecider.initialState();
    const events = orderTallyDecider.decide(command, state);
    if (events.length === 0) {
      logger.info({ orderId, command: command.type, status: state.status }, 'order event does not apply to its tally: skipped');
      return;
    }
    await tallies.save(tx.sql, orderId, evolveAll(orderTallyDecider, events, state));
    for (const event of events) if (event.type === 'OrderCounted') await totals.add(tx.sql, event.data);
  },

  async report(): Promise<SalesReport> {
    const sales = await totals.read(read);
    return {
      stores: sales.stores.map(({ revenueCents, ...store }) => ({ ...store, revenue: fromCents(revenueCents) })),
      products: sales.products.map(({ revenueCents, ...product }) => ({ ...product, revenue: fromCents(revenueCents) })),
    };
  },
});

export type AnalyticsService = ReturnType<typeof createAnalyticsService>;
