import { credentials, Metadata, status, type ClientDuplexStream, type ServiceError } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import type { Assignment__Output } from '../grpc/generated/mallbots/robots/v1/Assignment.js';
import type { BotMessage } from '../grpc/generated/mallbots/robots/v1/BotMessage.js';
import type { DepotMessage__Output } from '../grpc/generated/mallbots/robots/v1/DepotMessage.js';
import type { ProgressReport } from '../grpc/generated/mallbots/robots/v1/ProgressReport.js';
import type { ReportAck__Output } from '../grpc/generated/mallbots/robots/v1/ReportAck.js';
import { loadProtos } from '../platform/grpc-protos.js';
import { botToken } from './bot-token.js';

export interface SimulatedBotOptions {
  botId: string;
  /** The gRPC address of the depot, `host:port`. */
  server: string;
  /** The fleet secret the bot's token is made from. */
  secret: string;
  /** Time to walk to a stop and to leave it. */
  stopMs: number;
  /** Time to pick one item. */
  itemMs: number;
  /** Chance, per step, that the bot gives up its list with a `failed` report. */
  failureRate: number;
  /** Chance, per step, that the bot drops its connection and stays away past the deadline. */
  disconnectRate: number;
  /** The bot's own logger (its lines carry its id). */
  logger: Logger;
  random?: () => number;
  /** The depot refused the bot's token (UNAUTHENTICATED): the bot gives up. */
  onRefused?(details: string): void;
}

/** One step of the walk, without its number. */
type Step = Omit<ProgressReport, 'shoppingListId' | 'seq'>;

/** The steps left of an assignment, from what the depot says is done already. */
export const stepsLeft = (assignment: Assignment__Output): Step[] => {
  const steps: Step[] = assignment.started ? [] : [{ started: {} }];
  for (const stop of assignment.stops.filter((each) => !each.done)) {
    if (assignment.atStoreId !== stop.storeId) steps.push({ arrived: { storeId: stop.storeId } });
    for (const item of stop.items) {
      for (let picked = item.picked; picked < item.quantity; picked += 1) {
        steps.push({ picked: { storeId: stop.storeId, productId: item.productId, quantity: 1 } });
      }
    }
    steps.push({ stopDone: { storeId: stop.storeId } });
  }
  steps.push({ completed: {} });
  return steps;
};

class Interrupted extends Error {}

/**
 * A shopper bot over the real gRPC API: it connects with its token, sends heartbeats, walks each
 * list it is given (one report per step, waiting for each ack), and reconnects when the stream
 * breaks. Failures and disconnects happen at random, at the rates given, so the depot's
 * reassignment can be watched.
 */
export const startSimulatedBot = (options: SimulatedBotOptions): { stop(): Promise<void> } => {
  const { botId, logger } = options;
  const random = options.random ?? Math.random;
  const { protos } = loadProtos();
  const client = new protos.mallbots.robots.v1.RobotsService(options.server, credentials.createInsecure());
  let stopped = false;
  let stream: ClientDuplexStream<BotMessage, DepotMessage__Output> | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  let deadlineMs = 10_000;
  let walking: { listId: string; interrupted: boolean } | undefined;
  const acks = new Map<number, (ack: ReportAck__Output) => void>();
  let wake: (() => void) | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const send = (message: BotMessage): void => {
    stream?.write(message);
  };

  const walk = async (assignment: Assignment__Output): Promise<void> => {
    const current = { listId: assignment.shoppingListId, interrupted: false };
    walking = current;
    let seq = assignment.lastSeq;
    try {
      for (const step of stepsLeft(assignment)) {
        await sleep('picked' in step ? options.itemMs : options.stopMs);
        if (current.interrupted) throw new Interrupted();
        if (random() < options.disconnectRate) {
          logger.info({ shoppingListId: current.listId }, 'simulated bot drops its connection');
          disconnect(deadlineMs * 1.5);
          throw new Interrupted();
        }
        const failing = random() < options.failureRate;
        seq += 1;
        const answered = new Promise<ReportAck__Output>((resolve) => acks.set(seq, resolve));
        send({ report: { shoppingListId: current.listId, seq, ...(failing ? { failed: { reason: 'simulated failure' } } : step) } });
        const ack = await answered;
        if (current.interrupted) throw new Interrupted();
        if (ack.outcome === 'REFUSED') {
          logger.warn({ shoppingListId: current.listId, reason: ack.reason }, 'simulated bot report refused: it lets the list go');
          return;
        }
        if (failing) return;
      }
    } catch (error) {
      if (!(error instanceof Interrupted)) throw error;
    } finally {
      if (walking === current) walking = undefined;
    }
  };

  const interrupt = (): void => {
    if (walking) walking.interrupted = true;
    wake?.();
    for (const resolve of acks.values()) resolve({ shoppingListId: '', seq: 0, outcome: 'OUTCOME_UNSPECIFIED', reason: 'interrupted' });
    acks.clear();
  };

  const connect = (): void => {
    if (stopped) return;
    const metadata = new Metadata();
    metadata.set('bot-id', botId);
    metadata.set('authorization', `Bearer ${botToken(options.secret, botId)}`);
    const call = client.Connect(metadata);
    stream = call;
    call.on('data', (message: DepotMessage__Output) => {
      if (message.welcome) {
        deadlineMs = message.welcome.deadlineMs;
        clearInterval(heartbeat);
        heartbeat = setInterval(() => send({ heartbeat: {} }), message.welcome.heartbeatIntervalMs);
      } else if (message.assignment) {
        interrupt();
        walk(message.assignment).catch((error: unknown) => logger.error({ err: error }, 'simulated bot failed'));
      } else if (message.cancellation && walking?.listId === message.cancellation.shoppingListId) {
        logger.info({ shoppingListId: walking.listId }, 'simulated bot: list canceled');
        interrupt();
      } else if (message.ack) {
        acks.get(message.ack.seq)?.(message.ack);
        acks.delete(message.ack.seq);
      }
    });
    call.on('error', (error: ServiceError) => {
      if (stream !== call) return;
      if (error.code === status.UNAUTHENTICATED) {
        disconnect(undefined);
        options.onRefused?.(error.details);
        return;
      }
      disconnect(1_000);
      if (!stopped && error.code !== status.CANCELLED) logger.warn({ code: error.code, details: error.details }, 'simulated bot lost its stream; reconnecting');
    });
    call.on('end', () => {
      if (stream === call) disconnect(1_000);
    });
  };

  /** Drops the stream; connects again after `pauseMs` unless stopped or `pauseMs` is undefined. */
  function disconnect(pauseMs: number | undefined): void {
    const call = stream;
    stream = undefined;
    clearInterval(heartbeat);
    interrupt();
    call?.cancel();
    if (pauseMs !== undefined && !stopped) setTimeout(connect, pauseMs).unref();
  }

  connect();
  return {
    async stop() {
      stopped = true;
      disconnect(undefined);
      client.close();
    },
  };
};
