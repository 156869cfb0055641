import { decodeMessage } from '../event-codec.js';
import type { MessageRegistry } from '../registry.js';
import type { DeadLetter } from '../transport.js';
import type { StoredDeadLetter } from './message-log.js';

/**
 * A stored letter as the public `DeadLetter`, for a person to read: the message decoded to the
 * current schema version, like a handler would get it. A message that does not decode (often the
 * very reason it was parked, which its error says) is shown as stored rather than failing the
 * whole list. Replays never use this: they decode from the stored version.
 */
export const readableDeadLetter = (registry: MessageRegistry | undefined, { schemaVersion, ...letter }: StoredDeadLetter): DeadLetter => {
  if (!registry) return letter;
  try {
    return { ...letter, message: decodeMessage(registry, letter.message, schemaVersion) };
  } catch {
    return letter;
  }
};
