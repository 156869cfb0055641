import type { MallModule } from '../../platform/module.js';

/** Placeholder until the module is built: starts and stops, serves nothing. */
export const paymentsModule: MallModule = {
  name: 'payments',
  start: async () => ({ stop: async () => {} }),
};
