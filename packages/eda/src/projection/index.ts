export * from './projection.js';
export * from './head-position.js';
export * from './start-projection.js';
export * from './rebuild-projection.js';
