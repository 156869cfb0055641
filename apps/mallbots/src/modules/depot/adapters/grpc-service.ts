import type { ShoppingList } from '../../../grpc/generated/mallbots/depot/v1/ShoppingList.js';
import { answered, idOf, type GrpcServices } from '../../../platform/grpc.js';
import type { Dispatcher } from '../application/dispatcher.js';
import type { ShoppingListsService, ShoppingListView } from '../application/shopping-lists-service.js';
import { botAssignment, newShoppingList } from './wire.js';

/**
 * A list as the proto carries it: a null is an absent optional field, and the picked quantities of
 * a store are wrapped in a message (a proto map cannot hold a map).
 */
const shoppingListOnGrpc = ({ assignedBotId, progress: { atStoreId, picked, ...progress }, ...list }: ShoppingListView): ShoppingList => ({
  ...list,
  assignedBotId: assignedBotId ?? undefined,
  progress: {
    ...progress,
    atStoreId: atStoreId ?? undefined,
    picked: Object.fromEntries(Object.entries(picked).map(([storeId, quantities]) => [storeId, { quantities }])),
  },
});

/** `mallbots.depot.v1.DepotService`: the use cases of the shopping list routes, over gRPC. */
export const depotGrpcService = (services: GrpcServices, service: ShoppingListsService, dispatcher: Dispatcher): void => {
  services.addUnary(services.protos.mallbots.depot.v1.DepotService.service, {
    CreateShoppingList: async ({ orderId, items }) => ({ id: await service.create(newShoppingList.parse({ orderId, items })) }),
    CancelShoppingList: (request) => answered(service.cancel(idOf(request))),
    AssignShoppingList: (request) => answered(dispatcher.assign(idOf(request), botAssignment.parse({ botId: request.botId }).botId)),
    CompleteShoppingList: (request) => answered(service.complete(idOf(request))),
    GetShoppingList: async (request) => ({ shoppingList: shoppingListOnGrpc(await service.get(idOf(request))) }),
  });
};
