import { newId } from '@mallbots/eda';
import { answer, createModuleMessaging } from '../../platform/messaging.js';
import type { MallModule } from '../../platform/module.js';
import { startRobotsApi } from '../../robots/robots-api.js';
import { OrderingTopics } from '../ordering/contract.js';
import { StoresTopics } from '../stores/contract.js';
import { depotMigrations } from './adapters/depot-migrations.js';
import { depotGrpcService } from './adapters/grpc-service.js';
import { depotRoutes } from './adapters/http-routes.js';
import { orderReactions } from './adapters/order-reactions.js';
import { sqlDispatchBoard } from './adapters/sql-dispatch-board.js';
import { sqlShoppingListRepository } from './adapters/sql-shopping-list-repository.js';
import { sqlStoreCatalog } from './adapters/sql-store-catalog.js';
import { storeReactions } from './adapters/store-reactions.js';
import { createBotDesk } from './application/bot-desk.js';
import { createCatalogService } from './application/catalog-service.js';
import { createDispatcher } from './application/dispatcher.js';
import { createShoppingListExecutor } from './application/execute-shopping-list.js';
import { createShoppingListsService } from './application/shopping-lists-service.js';
import { CancelShoppingList, CreateShoppingList, DepotTopics, InitiateShopping } from './contract.js';

/**
 * Depot: shopping lists for the orders (the saga's CreateShoppingList, InitiateShopping and
 * CancelShoppingList), built from a local copy of the stores; the dispatcher hands them to the
 * shopper bots, which follow them over the robots' gRPC stream (`src/robots/`).
 */
export const depotModule: MallModule = {
  name: 'depot',
  migrations: depotMigrations,
  async start(context) {
    const { db } = context;
    const execute = createShoppingListExecutor(sqlShoppingListRepository);
    const service = createShoppingListsService({
      storage: db.storage,
      read: db.read,
      repository: sqlShoppingListRepository,
      catalog: sqlStoreCatalog,
      execute,
      newId,
    });
    const dispatcher = createDispatcher({ storage: db.storage, read: db.read, board: sqlDispatchBoard, execute });
    const botDesk = createBotDesk({ storage: db.storage, read: db.read, repository: sqlShoppingListRepository, board: sqlDispatchBoard, dispatcher, execute });

    const messaging = createModuleMessaging(context, 'depot');
    messaging.answer(DepotTopics.commands, [
      answer(CreateShoppingList, async (data, tx, ctx) => ({
        shoppingListId: await service.createListOnCommand(tx, data, ctx.message, ctx.delivery.attempt),
      })),
      answer(CancelShoppingList, async (data, tx, ctx) => {
        await service.cancelList(tx, data.shoppingListId, ctx.message);
        return {};
      }),
      answer(InitiateShopping, async (data, tx, ctx) => {
        await service.initiate(tx, data.shoppingListId, ctx.message);
        return {};
      }),
    ]);
    messaging.consume('catalog', [StoresTopics.store, StoresTopics.product], storeReactions(createCatalogService(sqlStoreCatalog)));
    messaging.consume('orders', [OrderingTopics.order], orderReactions(service, context.logger));
    await messaging.start();
    const robots = await startRobotsApi({ desk: botDesk, transport: db.transport, logger: context.logger.child({ component: 'robots' }), settings: context.bots });

    return {
      routes: (app) => depotRoutes(app, service, dispatcher),
      grpc(services) {
        depotGrpcService(services, service, dispatcher);
        robots.mount(services);
      },
      async stop() {
        await robots.close();
        await messaging.stop();
      },
    };
  },
};
