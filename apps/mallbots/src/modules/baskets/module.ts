import type { MallModule } from '../../platform/module.js';

/** Placeholder until the module is built: starts and stops, serves nothing. */
export const basketsModule: MallModule = {
  name: 'baskets',
  start: async () => ({ stop: async () => {} }),
};
