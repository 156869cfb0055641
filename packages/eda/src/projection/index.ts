export * from './projection.js';
export * from './start-projection.js';
export * from './rebuild-projection.js';
