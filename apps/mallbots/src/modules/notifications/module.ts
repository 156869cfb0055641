import type { MallModule } from '../../platform/module.js';

/** Placeholder until the module is built: starts and stops, serves nothing. */
export const notificationsModule: MallModule = {
  name: 'notifications',
  start: async () => ({ stop: async () => {} }),
};
