import type { MallModule } from '../../platform/module.js';

/** Placeholder until the module is built: starts and stops, serves nothing. */
export const analyticsModule: MallModule = {
  name: 'analytics',
  start: async () => ({ stop: async () => {} }),
};
