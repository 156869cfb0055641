import type { MallModule } from '../../platform/module.js';

/** Placeholder until the module is built: starts and stops, serves nothing. */
export const storesModule: MallModule = {
  name: 'stores',
  start: async () => ({ stop: async () => {} }),
};
