import type { Logger } from 'pino';
import { startSimulatedBot, type SimulatedBotOptions } from './simulated-bot.js';

export interface SimulatorOptions extends Omit<SimulatedBotOptions, 'botId' | 'logger'> {
  count: number;
  /** Bot ids are `<idPrefix>-1` … `<idPrefix>-<count>`. */
  idPrefix: string;
  logger: Logger;
}

/** Connects `count` simulated shopper bots to the depot at `server`; `stop` disconnects them all. */
export const startSimulatedBots = ({ count, idPrefix, logger, ...bot }: SimulatorOptions): { stop(): Promise<void> } => {
  const bots = Array.from({ length: count }, (_, index) => {
    const botId = `${idPrefix}-${index + 1}`;
    return startSimulatedBot({ ...bot, botId, logger: logger.child({ botId }) });
  });
  logger.info({ count, server: bot.server }, 'simulated shopper bots connecting');
  return {
    async stop() {
      await Promise.all(bots.map((each) => each.stop()));
    },
  };
};
