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
export const createMemoryBackend = (options: { registry?: MessageRegistry; transport?: LogTransportOptions } = {}) => {
  const log = createMemoryMessageLog();
  const transport = createLogTransport(log, { registry: options.registry, ...options.transport });
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
