import type { MessageRegistry } from '@mallbots/eda';
import { registerSpecs } from './platform/contract-kit.js';
import { BasketsTopics, basketsContract } from './modules/baskets/contract.js';
import { CosecTopics } from './modules/cosec/contract.js';
import { CustomersTopics, customersContract } from './modules/customers/contract.js';
import { DepotTopics, depotContract } from './modules/depot/contract.js';
import { OrderingTopics, orderingContract } from './modules/ordering/contract.js';
import { PaymentsTopics, paymentsContract } from './modules/payments/contract.js';
import { StoresTopics, storesContract } from './modules/stores/contract.js';

/**
 * Every module's published contract, registered in one registry: any process can validate what it
 * sends and decode what it receives, whichever modules it runs.
 */
export const registerContracts = (registry: MessageRegistry): MessageRegistry => {
  for (const contract of [storesContract, customersContract, basketsContract, orderingContract, depotContract, paymentsContract]) {
    registerSpecs(registry, contract);
  }
  return registry;
};

/** Every topic a module publishes to (events, commands, replies): what an outbox relay must follow. */
export const allTopics: readonly string[] = [StoresTopics, CustomersTopics, BasketsTopics, OrderingTopics, DepotTopics, PaymentsTopics, CosecTopics].flatMap(
  (topics) => Object.values(topics),
);
