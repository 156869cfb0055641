import type { MallModule } from '../../platform/module.js';

/** Placeholder until the module is built: starts and stops, serves nothing. */
export const cosecModule: MallModule = {
  name: 'cosec',
  start: async () => ({ stop: async () => {} }),
};
