import type { MessageRegistry } from '../registry.js';
import { createLogTransport, type LogTransportOptions } from '../log/log-transport.js';
import { createMemoryMessageLog } from './memory-message-log.js';
import { createMemoryStorage } from './memory-storage.js';

export { createMemoryStorage } from './memory-storage.js';
export { createMemoryMessageLog } from './memory-message-log.js';

/**
 * Storage and transport in memory, wired so the outbox feeds the transport on commit.
 * For unit tests of the core and of application logic: nothing survives the process.
 */
export interface MemoryBackendOptions {
  /** Validates appends, outbox messages and publishes; upcasts on read and delivery. */
  registry?: MessageRegistry;
  /** One clock for the log and the transport (retention by age compares their times). */
  now?: () => Date;
  transport?: Omit<LogTransportOptions, 'now' | 'registry'>;
}

export const createMemoryBackend = (options: MemoryBackendOptions = {}) => {
  const log = createMemoryMessageLog({ now: options.now });
  const transport = createLogTransport(log, { ...options.transport, registry: options.registry, now: options.now });
  const storage = createMemoryStorage({
    registry: options.registry,
    publish: async (messages) => {
      // The version the outbox encoded with travels along, so the transport upcasts on delivery.
      await log.append(messages.map((m) => ({ topic: m.topic, key: m.key ?? m.message.id, message: m.message, schemaVersion: m.schemaVersion })));
    },
  });
  return {
    storage,
    transport,
    log,
    close: async () => {
      await transport.close();
      await storage.close();
    },
  };
};
