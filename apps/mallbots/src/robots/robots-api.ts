import type { Transport } from '@mallbots/eda';
import type { Logger } from 'pino';
import type { BotDesk } from '../modules/depot/application/bot-desk.js';
import type { GrpcServices } from '../platform/grpc.js';
import type { BotSettings } from '../platform/module.js';
import { followDepot } from './depot-signals.js';
import { createFleet } from './fleet.js';
import { robotsServiceHandlers } from './robots-service.js';

export interface RobotsApi {
  /** Serves `RobotsService` on the gRPC gateway. */
  mount(services: GrpcServices): void;
  /** Ends the bots' streams and stops following the depot. */
  close(): Promise<void>;
}

/** The shopper bots' API over the depot's desk: the fleet, its wake-ups from the depot's events, and the gRPC stream. */
export const startRobotsApi = async ({ desk, transport, logger, settings }: { desk: BotDesk; transport: Transport; logger: Logger; settings: BotSettings }): Promise<RobotsApi> => {
  const fleet = createFleet({ desk, logger, deadlineMs: settings.deadlineMs });
  const signals = await followDepot(transport, fleet);
  return {
    mount: (services) => services.add(services.protos.mallbots.robots.v1.RobotsService.service, robotsServiceHandlers(fleet, settings.secret)),
    async close() {
      await signals.close();
      await fleet.close();
    },
  };
};
