import type { Handler, Middleware } from './types.js';

/** Wraps `handler` in `middleware`, the first the outermost; handy to run a chain without a router. */
export const compose = (middleware: readonly Middleware[], handler: Handler): Handler =>
  middleware.reduceRight<Handler>((next, wrap) => wrap(next), handler);
