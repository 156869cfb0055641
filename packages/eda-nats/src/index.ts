export { createNatsTransport, type NatsTransport, type NatsTransportOptions } from './nats-transport.js';
export { createOutboxRelay, type OutboxRelay, type OutboxRelayOptions } from './outbox-relay.js';
export { deleteNatsPrefix } from './delete-prefix.js';
