import type { MessageRegistry } from '@mallbots/eda';
import { runTransportConformance, type TransportFactoryOptions, type TransportHarness } from '@mallbots/eda/testing';
import { createNatsTransport, type NatsTransport } from './nats-transport.js';
import { assertReachable, deletePrefix, natsUrl, uniquePrefix } from './test-support.js';

runTransportConformance(
  'nats',
  async ({ registry }: { registry?: MessageRegistry }): Promise<TransportHarness> => {
    // Every test fails, loudly, when there is no server to test against.
    await assertReachable();
    const prefix = uniquePrefix('conformance');
    const open = (withRegistry: MessageRegistry | undefined) => createNatsTransport({ servers: natsUrl(), prefix, registry: withRegistry });
    let transport: NatsTransport = await open(registry);
    let closed = false;
    const harness: TransportHarness = {
      transport,
      async reopen(reopened?: TransportFactoryOptions) {
        // A restart: drain and close the transport and its connection, then connect again (maybe as a newer build).
        await transport.close();
        transport = await open(reopened ? reopened.registry : registry);
        harness.transport = transport;
        return transport;
      },
      async close() {
        if (closed) return;
        closed = true;
        await transport.close();
        await deletePrefix(prefix);
      },
    };
    return harness;
  },
  { queues: true, retention: true, deadLetters: true, persistent: true, startFromPosition: true, registryValidation: true, upcasting: true },
  { timeoutMs: 10_000 },
);
