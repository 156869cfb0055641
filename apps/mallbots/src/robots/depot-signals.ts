import type { Subscription, Transport } from '@mallbots/eda';
import { DepotTopics, ShoppingListAssigned, ShoppingListAvailable, ShoppingListCanceled } from '../modules/depot/contract.js';
import type { DataOf } from '../platform/contract-kit.js';
import type { Fleet } from './fleet.js';

/** The consumer group of the fleet's wake-ups. */
export const FLEET_GROUP = 'depot.robots';

/**
 * Tells the fleet what the depot published about its lists: an available list (dispatch it), a
 * list assigned (by staff, perhaps: its bot hears of it), a canceled one (its bot is told to stop).
 * Each only wakes the fleet, which reads the truth from the depot, so a redelivery changes nothing;
 * the group starts at the end because lists that became available earlier are found by dispatch.
 */
export const followDepot = (transport: Transport, fleet: Fleet): Promise<Subscription> =>
  transport.subscribe(
    DepotTopics.shoppingList,
    async (message) => {
      switch (message.type) {
        case ShoppingListAvailable.type:
          return fleet.listAvailable();
        case ShoppingListAssigned.type: {
          const { shoppingListId, botId } = message.data as DataOf<typeof ShoppingListAssigned>;
          return fleet.listAssigned(shoppingListId, botId);
        }
        case ShoppingListCanceled.type:
          return fleet.listCanceled((message.data as DataOf<typeof ShoppingListCanceled>).shoppingListId);
      }
    },
    { group: FLEET_GROUP, startFrom: 'end' },
  );
