import type { MallModule } from '../../platform/module.js';

/** Placeholder until the module is built: starts and stops, serves nothing. */
export const orderingModule: MallModule = {
  name: 'ordering',
  start: async () => ({ stop: async () => {} }),
};
