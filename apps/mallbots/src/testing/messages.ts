import { createCommand, createEvent, newId, type Metadata, type ReplyData } from '@mallbots/eda';
import type { CommandSpec, DataOf, MessageSpec, ResultOf } from '../platform/contract-kit.js';
import { eventually, type AppHarness } from './app-harness.js';

/**
 * Messages as the other modules send them, for tests that stand in for a module which is not
 * running: events and commands go through the outbox in a transaction, exactly the path a module's
 * own `publish` takes, so the consumers under test see them as in production.
 */

/** An integration event to publish: see `publishEvents`. */
export interface EventToPublish {
  topic: string;
  spec: MessageSpec;
  data: unknown;
  key: string;
  metadata?: Partial<Metadata>;
}

/** Describes one integration event of `spec` on `topic`, ordered by `key`, its data checked against the spec's type. */
export const event = <S extends MessageSpec>(topic: string, spec: S, data: DataOf<S>, key: string, metadata?: Partial<Metadata>): EventToPublish => ({
  topic,
  spec,
  data,
  key,
  ...(metadata ? { metadata } : {}),
});

/** Publishes `events` in one transaction, in the order given; resolves with their message ids (for `handled`). */
export const publishEvents = async (api: AppHarness, ...events: EventToPublish[]): Promise<string[]> => {
  const messages = events.map(({ topic, spec, data, key, metadata }) => ({ topic, key, message: createEvent(spec.type, data, metadata) }));
  await api.app.db.storage.transaction((tx) => tx.outbox.add(messages));
  return messages.map(({ message }) => message.id);
};

/** Publishes one integration event as the module owning `topic` would; resolves with its message id. */
export const publishEvent = async <S extends MessageSpec>(
  api: AppHarness,
  topic: string,
  spec: S,
  data: DataOf<S>,
  key: string,
  metadata?: Partial<Metadata>,
): Promise<string> => (await publishEvents(api, event(topic, spec, data, key, metadata)))[0]!;

/** Resolves once consumer group `group` has handled message `id`: its inbox record commits with the handler's effect. */
export const handled = (api: AppHarness, group: string, id: string): Promise<true> =>
  eventually(`message ${id} handled by ${group}`, async () => (await api.app.db.storage.inbox.has(group, id)) || undefined);

/**
 * Resolves once consumer group `group` has handled everything published to `topic` so far (on the
 * embedded database, where the outbox is the log, that includes what was just committed).
 */
export const caughtUp = async (api: AppHarness, group: string, topic: string): Promise<void> => {
  const { log } = api.app.db;
  if (!log) throw new Error('caughtUp reads the message log, which the embedded database has');
  const head = await log.lastPosition(topic);
  await eventually(`${group} caught up with ${topic}`, async () => (((await log.loadGroup(group, topic))?.cursor ?? 0) >= head ? true : undefined));
};

export interface SendOptions {
  /** The ordering key (default: the command's id). */
  key?: string;
  /** The workflow the command belongs to, as a saga would set it. */
  correlationId?: string;
}

/**
 * Sends a command as a saga does (through the outbox, with a `replyTo` topic of its own) and
 * resolves with the reply: `outcome` 'success' with the `result`, or 'failure' with the `reason`.
 */
export const sendCommand = async <C extends CommandSpec>(
  api: AppHarness,
  topic: string,
  spec: C,
  data: DataOf<C>,
  options: SendOptions = {},
): Promise<ReplyData<ResultOf<C>>> => {
  const db = api.app.db;
  const replyTo = `test.replies.${newId()}`;
  const command = createCommand(spec.type, data, { replyTo, ...(options.correlationId ? { correlationId: options.correlationId } : {}) });
  let reply: ReplyData<ResultOf<C>> | undefined;
  const subscription = await db.transport.subscribe(replyTo, async (message) => void (reply = message.data as ReplyData<ResultOf<C>>), {
    group: replyTo,
    startFrom: 'beginning',
  });
  try {
    await db.storage.transaction((tx) => tx.outbox.add([{ topic, key: options.key ?? command.id, message: command }]));
    return await eventually(`the reply to ${spec.type}`, async () => reply);
  } finally {
    await subscription.close();
  }
};
