export { createNatsTransport, type NatsTransport, type NatsTransportOptions, type PublishStoredOptions } from './nats-transport.js';
export { createOutboxRelay, type OutboxRelay, type OutboxRelayOptions } from './outbox-relay.js';
export { deleteNatsPrefix } from './delete-prefix.js';
