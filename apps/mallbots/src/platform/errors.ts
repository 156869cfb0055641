import { RuleViolationError } from '@mallbots/eda';

/**
 * An id that names nothing. The HTTP layer answers 404 with this message; as a rule violation, a
 * command that names an unknown id gets a failure reply instead of being retried.
 */
export class NotFoundError extends RuleViolationError {
  constructor(message: string) {
    super(message);
    Object.defineProperty(this, 'name', { value: 'NotFoundError' });
  }
}

/** The answer while PostgreSQL is down or restarting: the request took no effect and may be sent again. */
export const DATABASE_UNREACHABLE = 'the database cannot be reached; try again shortly';
