export * from './define-saga.js';
export * from './saga-machine.js';
export * from './saga-instance.js';
export * from './saga-route.js';
export * from './deadline-scheduler.js';
export * from './orchestrator.js';
