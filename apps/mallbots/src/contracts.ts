import type { MessageRegistry } from '@mallbots/eda';
import { registerSpecs } from './platform/contract-kit.js';
import { basketsContract } from './modules/baskets/contract.js';
import { customersContract } from './modules/customers/contract.js';
import { depotContract } from './modules/depot/contract.js';
import { orderingContract } from './modules/ordering/contract.js';
import { paymentsContract } from './modules/payments/contract.js';
import { storesContract } from './modules/stores/contract.js';

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
