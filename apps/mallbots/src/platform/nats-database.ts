import type { MessageRegistry } from '@mallbots/eda';
import { createNatsTransport, createOutboxRelay } from '@mallbots/eda-nats';
import type { Logger } from 'pino';
import type { AppDatabase } from './database.js';

export interface NatsOptions {
  /** `nats://host:4222`. */
  url: string;
  /** Names the streams and consumers of this deployment (default `mallbots`). */
  prefix?: string;
  registry: MessageRegistry;
  /** Every topic the outbox writes, so a backlog left by a stop is relayed after the start. */
  topics: readonly string[];
  now?: () => Date;
  logger: Logger;
}

/**
 * Messages between modules over NATS JetStream: the database's outbox (its message log) is relayed
 * to JetStream in commit order, with each message id as `Nats-Msg-Id`, and consumers subscribe to
 * JetStream. State, inbox and sagas stay in the database. While NATS is down, commands are still
 * accepted: the outbox grows, and the relay drains it when NATS is back.
 */
export const withNatsTransport = async (db: AppDatabase, options: NatsOptions): Promise<AppDatabase> => {
  if (!db.log) throw new Error('the NATS transport needs a database with a message log (its outbox)');
  const onError = (error: unknown, context: string) => options.logger.warn({ err: error }, context);
  const transport = await createNatsTransport({
    servers: options.url,
    prefix: options.prefix ?? 'mallbots',
    registry: options.registry,
    now: options.now,
    onError,
  });
  const relay = createOutboxRelay({ log: db.log, target: transport, topics: [...options.topics], onError });
  return {
    storage: db.storage,
    read: db.read,
    transport,
    // Group progress lives in JetStream, not in the log: readiness follows the start alone.
    log: undefined,
    async close() {
      // Relay no more, then drain the consumers; what they write to the outbox is relayed at the next start.
      await relay.close();
      await transport.close();
      await db.close();
    },
  };
};
