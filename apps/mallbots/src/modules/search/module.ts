import type { MallModule } from '../../platform/module.js';

/** Placeholder until the module is built: starts and stops, serves nothing. */
export const searchModule: MallModule = {
  name: 'search',
  start: async () => ({ stop: async () => {} }),
};
