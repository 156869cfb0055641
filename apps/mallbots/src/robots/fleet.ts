import { status } from '@grpc/grpc-js';
import { RuleViolationError } from '@mallbots/eda';
import type { Logger } from 'pino';
import type { DepotMessage } from '../grpc/generated/mallbots/robots/v1/DepotMessage.js';
import type { Assignment, BotDesk } from '../modules/depot/application/bot-desk.js';
import type { BotInput } from './bot-messages.js';

/** One connected bot's stream, as the fleet talks to it. */
export interface BotLink {
  readonly botId: string;
  send(message: DepotMessage): void;
  /** Ends the stream with a status; the fleet has forgotten the link already. */
  end(code: status, details: string): void;
}

export interface FleetOptions {
  desk: BotDesk;
  logger: Logger;
  /** A bot silent for longer than this (no heartbeat, no report, or disconnected) loses its list. */
  deadlineMs: number;
  /** Milliseconds of the clock; tests move it. */
  now?: () => number;
}

interface Session {
  readonly link: BotLink;
  /** When the bot last sent anything. */
  lastSeen: number;
  /** The list the fleet believes the bot holds; the depot's row is the truth. */
  listId: string | undefined;
  /** Reports are applied one after the other, in the order the bot sent them. */
  work: Promise<void>;
}

/** The proto form of a list as its bot follows it. */
const assignmentMessage = (assignment: Assignment): DepotMessage => ({
  assignment: {
    shoppingListId: assignment.shoppingListId,
    orderId: assignment.orderId,
    lastSeq: assignment.lastSeq,
    atStoreId: assignment.atStoreId ?? '',
    started: assignment.status === 'active',
    stops: assignment.stops,
  },
});

/**
 * The shopper bots connected to this process, and the dispatch of shopping lists to them.
 *
 * - Dispatch: whenever a bot is idle and a list `available`, the oldest list goes to the bot idle
 *   longest (`BotDesk.assign` decides; when another process or the staff took the list first, the
 *   next one is tried). Runs one pass at a time; a request during a pass runs one more pass after it.
 * - Liveness: a bot that sends nothing for `deadlineMs`, or whose stream is gone for that long, loses
 *   its list (`BotDesk.release`): it becomes `available` for another bot, and the lost bot's late
 *   reports are refused by the depot. A bot that reconnects in time keeps its list and is sent it
 *   again with the number of its last applied report. Lists held by bots this process has never
 *   seen (after a restart, or assigned by staff) get the same deadline, counted from the start.
 * - Reports are applied in the order sent, each answered with an ack: applied, duplicate (no second
 *   effect) or refused with the rule.
 */
export const createFleet = ({ desk, logger, deadlineMs, now = Date.now }: FleetOptions) => {
  const sessions = new Map<string, Session>();
  /** When each bot that went away with a list was last heard from. */
  const silentSince = new Map<string, number>();
  const startedAt = now();
  let closed = false;

  const current = (link: BotLink): Session | undefined => {
    const session = sessions.get(link.botId);
    return session?.link === link ? session : undefined;
  };

  const push = async (session: Session, listId: string): Promise<void> => {
    session.listId = listId;
    const assignment = await desk.assignment(listId);
    if (current(session.link) === session && session.listId === listId) session.link.send(assignmentMessage(assignment));
  };

  let pass: Promise<void> | undefined;
  let passAgain = false;
  const dispatchOnce = async (): Promise<void> => {
    // Map order is connection order; a bot that finishes a list rejoins at the back (see `becomeIdle`).
    for (const session of [...sessions.values()].filter((each) => each.listId === undefined)) {
      for (;;) {
        if (closed || current(session.link) !== session || session.listId !== undefined) break;
        const listId = await desk.nextAvailable();
        if (listId === undefined) return;
        try {
          await desk.assign(listId, session.link.botId);
        } catch (error) {
          if (!(error instanceof RuleViolationError)) throw error;
          const held = await desk.heldBy(session.link.botId);
          if (held !== undefined) await push(session, held);
          continue;
        }
        logger.info({ botId: session.link.botId, shoppingListId: listId }, 'shopping list assigned');
        await push(session, listId);
      }
    }
  };
  /** Runs a dispatch pass now, or right after the one running. */
  const dispatch = (): Promise<void> => {
    if (pass) {
      passAgain = true;
      return pass;
    }
    pass = (async () => {
      do {
        passAgain = false;
        await dispatchOnce().catch((error: unknown) => logger.error({ err: error }, 'dispatching shopping lists failed'));
      } while (passAgain && !closed);
    })().finally(() => {
      pass = undefined;
    });
    return pass;
  };

  const becomeIdle = (session: Session): void => {
    session.listId = undefined;
    sessions.delete(session.link.botId);
    sessions.set(session.link.botId, session);
    void dispatch();
  };

  const forget = (session: Session): void => {
    sessions.delete(session.link.botId);
    if (session.listId !== undefined) silentSince.set(session.link.botId, session.lastSeen);
  };

  const applyReport = async (session: Session, input: Extract<BotInput, { kind: 'report' }>): Promise<void> => {
    const ack = { shoppingListId: input.shoppingListId, seq: input.seq };
    try {
      const outcome = await desk.report(input.shoppingListId, session.link.botId, input.seq, input.report);
      session.link.send({ ack: { ...ack, outcome: outcome === 'applied' ? 'APPLIED' : 'DUPLICATE' } });
      const finished = input.report.type === 'completed' || input.report.type === 'failed';
      if (outcome === 'applied' && finished && session.listId === input.shoppingListId) becomeIdle(session);
    } catch (error) {
      if (!(error instanceof RuleViolationError)) throw error;
      session.link.send({ ack: { ...ack, outcome: 'REFUSED', reason: error.message } });
    }
  };

  const sweep = async (): Promise<void> => {
    const time = now();
    for (const session of [...sessions.values()]) {
      if (time - session.lastSeen <= deadlineMs) continue;
      forget(session);
      session.link.end(status.DEADLINE_EXCEEDED, `no heartbeat for ${deadlineMs} ms: the bot is disconnected`);
      logger.warn({ botId: session.link.botId }, 'bot went silent');
    }
    for (const { shoppingListId, botId } of await desk.held()) {
      if (sessions.has(botId)) continue;
      if (time - (silentSince.get(botId) ?? startedAt) <= deadlineMs) continue;
      await desk.release(shoppingListId, botId);
      silentSince.delete(botId);
      logger.warn({ botId, shoppingListId }, 'bot lost its shopping list: it went away');
    }
    await dispatch();
  };
  let sweeping: Promise<void> | undefined;
  const timer = setInterval(() => {
    sweeping ??= sweep()
      .catch((error: unknown) => logger.error({ err: error }, 'sweeping silent bots failed'))
      .finally(() => {
        sweeping = undefined;
      });
  }, Math.max(10, Math.floor(deadlineMs / 4)));
  timer.unref();

  return {
    /**
     * A bot opened its stream (authenticated already). A second stream of the same bot replaces the
     * first. Never rejects: when the depot cannot be read, the stream ends with UNAVAILABLE.
     */
    async connect(link: BotLink): Promise<void> {
      const previous = sessions.get(link.botId);
      if (previous) {
        sessions.delete(link.botId);
        previous.link.end(status.ABORTED, 'the bot connected again on another stream');
      }
      const session: Session = { link, lastSeen: now(), listId: undefined, work: Promise.resolve() };
      sessions.set(link.botId, session);
      silentSince.delete(link.botId);
      link.send({ welcome: { heartbeatIntervalMs: Math.floor(deadlineMs / 3), deadlineMs } });
      try {
        const held = await desk.heldBy(link.botId);
        if (held !== undefined) await push(session, held);
        else await dispatch();
      } catch (error) {
        logger.error({ err: error, botId: link.botId }, 'a bot could not be told its shopping list');
        if (current(link) === session) forget(session);
        link.end(status.UNAVAILABLE, 'the depot cannot read its shopping lists now: reconnect later');
      }
    },

    /** What the bot sent; reports are applied in order, each answered with an ack. */
    receive(link: BotLink, input: BotInput): void {
      const session = current(link);
      if (!session) return;
      session.lastSeen = now();
      if (input.kind === 'heartbeat') return;
      session.work = session.work
        .then(() => applyReport(session, input))
        .catch((error: unknown) => {
          logger.error({ err: error, botId: link.botId }, 'applying a bot report failed');
          forget(session);
          link.end(status.INTERNAL, 'internal error: reconnect and send the report again');
        });
    },

    /** The bot's stream is gone; the bot keeps its list until the deadline, in case it reconnects. */
    disconnect(link: BotLink): void {
      const session = current(link);
      if (session) forget(session);
    },

    /** A list became available (published by the depot): an idle bot may take it. */
    listAvailable: (): Promise<void> => dispatch(),

    /** A list was assigned, perhaps by staff, to a bot that may be connected here: it hears of it. */
    async listAssigned(shoppingListId: string, botId: string): Promise<void> {
      const session = sessions.get(botId);
      if (session && session.listId !== shoppingListId) await push(session, shoppingListId);
    },

    /** A list was canceled (its order was): the bot working on it hears so and is free for another. */
    listCanceled(shoppingListId: string): void {
      for (const session of sessions.values()) {
        if (session.listId !== shoppingListId) continue;
        session.link.send({ cancellation: { shoppingListId, reason: 'the order was canceled' } });
        becomeIdle(session);
      }
    },

    /** Ends every bot's stream (UNAVAILABLE: they reconnect to another process or later) and stops sweeping. */
    async close(): Promise<void> {
      closed = true;
      clearInterval(timer);
      for (const session of [...sessions.values()]) {
        sessions.delete(session.link.botId);
        session.link.end(status.UNAVAILABLE, 'the depot is shutting down');
      }
      await Promise.all([pass, sweeping]);
    },
  };
};

export type Fleet = ReturnType<typeof createFleet>;
