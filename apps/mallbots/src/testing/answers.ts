import type { ApiResponse } from './app-harness.js';

/** The answer to a broken business rule: 400 with the rule's message (spec/api.md, "Rule messages"). */
export const rule = (message: string): ApiResponse => ({ status: 400, body: { code: 400, message } });

/** The answer to an unknown id: 404 with the module's message. */
export const notFound = (message: string): ApiResponse => ({ status: 404, body: { code: 404, message } });
