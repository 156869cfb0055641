import { createSagaOrchestrator } from '@mallbots/eda';
import { createModuleMessaging, on } from '../../platform/messaging.js';
import type { MallModule } from '../../platform/module.js';
import { OrderCreated, OrderingTopics } from '../ordering/contract.js';
import { cosecRoutes } from './adapters/http-routes.js';
import { createOrderSagas } from './application/create-order-sagas.js';
import { createOrderSaga } from './domain/create-order-saga.js';

/** Cosec: orchestrates the create-order saga for every created order, and shows its sagas to staff. */
export const cosecModule: MallModule = {
  name: 'cosec',
  async start(context) {
    const { db } = context;
    const orchestrator = await createSagaOrchestrator({
      storage: db.storage,
      transport: db.transport,
      saga: createOrderSaga,
      now: context.now,
      logger: context.logger,
    });
    // The orchestrator's own consumer group on the reply topic (named by the toolkit).
    context.readiness.track(`saga:${createOrderSaga.name}`, [createOrderSaga.replyTopic]);
    const sagas = createOrderSagas(orchestrator);

    const messaging = createModuleMessaging(context, 'cosec');
    messaging.consume('orders', [OrderingTopics.order], [on(OrderCreated, (order, tx, ctx) => sagas.begin(tx, order, ctx.message))]);
    await messaging.start();

    return {
      routes: (app) => cosecRoutes(app, sagas),
      async stop() {
        await messaging.stop();
        await orchestrator.stop();
      },
    };
  },
};
