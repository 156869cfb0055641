import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { assertPrefix, ownsStream } from './names.js';

/**
 * Deletes every stream of `prefix` (topics and dead letters) with their consumers: all that a
 * transport with that prefix ever stored. For tests and for tearing down an environment.
 * Returns the names of the deleted streams.
 *
 * Trap: irreversible, and it does not ask whether anything is still running on the prefix.
 */
export const deleteNatsPrefix = async (nc: NatsConnection, prefix: string): Promise<string[]> => {
  assertPrefix(prefix);
  const jsm = await jetstreamManager(nc);
  // Listed first, deleted after: deleting while paging through the list could skip a page.
  const owned: string[] = [];
  for await (const name of jsm.streams.names()) if (ownsStream(prefix, name)) owned.push(name);
  for (const name of owned) await jsm.streams.delete(name);
  return owned;
};
