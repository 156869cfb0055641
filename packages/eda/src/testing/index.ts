export * from './decider-spec.js';
export * from './event-store-conformance.js';
export * from './transport-conformance.js';
export * from './tcp-proxy.js';
export * from './fixture-process.js';
export * from './replay-wake-up.js';
