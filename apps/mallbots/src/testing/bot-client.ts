import { credentials, Metadata, type ServiceError } from '@grpc/grpc-js';
import type { BotMessage } from '../grpc/generated/mallbots/robots/v1/BotMessage.js';
import type { DepotMessage__Output } from '../grpc/generated/mallbots/robots/v1/DepotMessage.js';
import type { ProgressReport } from '../grpc/generated/mallbots/robots/v1/ProgressReport.js';
import type { ReportAck__Output } from '../grpc/generated/mallbots/robots/v1/ReportAck.js';
import { loadProtos } from '../platform/grpc-protos.js';

type Kind = 'welcome' | 'assignment' | 'cancellation' | 'ack';
type Body<K extends Kind> = NonNullable<DepotMessage__Output[K]>;

/** A bot a test drives step by step, over a real gRPC stream. */
export interface TestBot {
  readonly botId: string;
  /** Waits for the next message of `kind` from the depot (earlier ones of that kind are kept in order). */
  next<K extends Kind>(kind: K, timeoutMs?: number): Promise<Body<K>>;
  /** Sends report number `seq` of the list and waits for its ack. */
  report(shoppingListId: string, seq: number, step: Omit<ProgressReport, 'shoppingListId' | 'seq'>): Promise<ReportAck__Output>;
  /** Sends any message, even a malformed one. */
  send(message: BotMessage): void;
  /** Resolves with the status the depot ended the stream with. */
  readonly ended: Promise<ServiceError>;
  /** Drops the connection, as a bot that dies does. */
  kill(): void;
}

/**
 * Connects a bot as `botId` with `token` to the robots' API at `address`; it sends a heartbeat at
 * the interval the Welcome asks for, unless `heartbeats` is false (a bot that stalls).
 */
export const connectTestBot = (address: string, botId: string, token: string, { heartbeats = true } = {}): TestBot => {
  const client = new (loadProtos().protos.mallbots.robots.v1.RobotsService)(address, credentials.createInsecure());
  const metadata = new Metadata();
  metadata.set('bot-id', botId);
  metadata.set('authorization', `Bearer ${token}`);
  const call = client.Connect(metadata);
  const inbox = new Map<Kind, unknown[]>();
  const waiting = new Map<Kind, ((body: unknown) => void)[]>();
  let heartbeat: NodeJS.Timeout | undefined;

  const deliver = (kind: Kind, body: unknown): void => {
    const waiter = waiting.get(kind)?.shift();
    if (waiter) waiter(body);
    else inbox.set(kind, [...(inbox.get(kind) ?? []), body]);
  };
  call.on('data', (message: DepotMessage__Output) => {
    const kind = message.body as Kind;
    if (message.welcome && heartbeats) heartbeat = setInterval(() => call.write({ heartbeat: {} }), message.welcome.heartbeatIntervalMs);
    deliver(kind, message[kind]);
  });
  const ended = new Promise<ServiceError>((resolve) =>
    call.on('error', (error: ServiceError) => {
      clearInterval(heartbeat);
      client.close();
      resolve(error);
    }),
  );

  const next = <K extends Kind>(kind: K, timeoutMs = 10_000): Promise<Body<K>> => {
    const queued = inbox.get(kind)?.shift();
    if (queued !== undefined) return Promise.resolve(queued as Body<K>);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${botId}: no ${kind} within ${timeoutMs} ms`)), timeoutMs);
      waiting.set(kind, [
        ...(waiting.get(kind) ?? []),
        (body) => {
          clearTimeout(timer);
          resolve(body as Body<K>);
        },
      ]);
    });
  };

  return {
    botId,
    next,
    async report(shoppingListId, seq, step) {
      call.write({ report: { shoppingListId, seq, ...step } });
      return next('ack');
    },
    send: (message) => call.write(message),
    ended,
    kill() {
      clearInterval(heartbeat);
      call.cancel();
    },
  };
};
