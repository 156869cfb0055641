import type { MallModule } from '../../platform/module.js';

/** Placeholder until the module is built: starts and stops, serves nothing. */
export const depotModule: MallModule = {
  name: 'depot',
  start: async () => ({ stop: async () => {} }),
};
