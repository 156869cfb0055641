import type { ExpectedVersion } from './event-store.js';

/** Thrown when an append's expected version does not match the stream. Names both versions. */
export class ConcurrencyError extends Error {
  override readonly name = 'ConcurrencyError';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(`stream "${streamId}": expected version ${String(expected)}, actual version ${actual}`);
  }
}

/** A message payload that does not satisfy its registered schema. Never stored or published. */
export class MessageValidationError extends Error {
  override readonly name = 'MessageValidationError';
  constructor(
    readonly messageType: string,
    /** Dotted paths of the failing fields with their problem, e.g. `amount: Too small`. */
    readonly issues: { path: string; message: string }[],
  ) {
    super(
      `invalid ${messageType}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`,
    );
  }
}

/** A message type that the registry does not know. */
export class UnknownMessageTypeError extends Error {
  override readonly name = 'UnknownMessageTypeError';
  constructor(readonly messageType: string) {
    super(`unknown message type "${messageType}": register it before use`);
  }
}

/**
 * A command that breaks a business rule. `message` is the rule in plain words (it is what an
 * API shows the user); deciders throw it and nothing is appended.
 */
export class RuleViolationError extends Error {
  override readonly name = 'RuleViolationError';
}

/**
 * A failure that retrying cannot fix: the transport parks the message as a dead letter at once
 * instead of spending its remaining attempts. Throw it (or let the `deadLetterOn` middleware wrap
 * an error in it) for a poison message; the original error is its `cause`.
 */
export class PermanentError extends Error {
  override readonly name = 'PermanentError';
}

/**
 * Whether `error` fails the same way on every attempt: a `PermanentError`, or a payload that does
 * not satisfy its schema or whose type is unknown (a message that cannot be decoded).
 */
export const isPermanent = (error: unknown): boolean =>
  error instanceof PermanentError || error instanceof MessageValidationError || error instanceof UnknownMessageTypeError;
