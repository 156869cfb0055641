import type { JetStreamManager } from '@nats-io/jetstream';
import { createInbox, type Msg, type NatsConnection, type Subscription } from '@nats-io/nats-core';
import { toPulledMessage, type PulledMessage } from './pulled-message.js';
import type { ReplyInbox } from './reply-inbox.js';
import type { ServerReceipts } from './server-receipts.js';

export interface PullerOptions {
  nc: NatsConnection;
  jsm: JetStreamManager;
  stream: string;
  durable: string;
  /** Messages asked for per pull request. The consumer's `max_ack_pending` is the real bound. */
  batch: number;
  /** How long a pull request waits on the server before it expires and a new one is sent. */
  expiresMs: number;
  /** The idle heartbeat asked of the server; two missed ones mean the request is lost. */
  heartbeatMs: number;
  /** Where the deliveries' terms wait for the server's reply. */
  replies: ReplyInbox;
  /** What confirms that the server has the deliveries' acks. */
  receipts: ServerReceipts;
  ackTimeoutMs: number;
  /** Every delivery, including ones that arrive while `stop` drains (the owner hands those back). */
  onMessage(message: PulledMessage): void;
  onError(error: unknown, context: string): void;
}

const RETRY_AFTER_ERROR_MS = 1000;

/**
 * Keeps one pull request open on a durable consumer and hands every delivery to `onMessage`.
 *
 * Why not `consumer.consume()` of @nats-io/jetstream: stopping it unsubscribes at once, so
 * messages the server already sent to the open request (or sends to it afterwards, before it sees
 * the unsubscribe) are dropped by the client and only come back once `ack_wait` passes: a
 * subscriber that closes mid-stream would delay part of the stream by the ack wait. `stop` here
 * *drains* the subscription: the server is told to stop, and everything already on the way is still
 * handed to `onMessage`, and once `stop` resolves the owner naks what it holds so that another
 * member gets it at once.
 *
 * Trap (seen on NATS 2.9): a pull request whose subscriber is gone (unsubscribed, or its
 * connection dropped) stays in the consumer's queue of waiting requests until it expires or the
 * server prunes it for lack of interest, and the server goes on delivering into it: messages
 * nak'ed meanwhile, redeliveries, new messages, all lost until their ack wait ends, and again
 * while the dead request is first in the queue. A consumer info request makes the server prune
 * the requests nobody listens to, so: `stop` ends with one (the owner naks only after `stop`
 * resolved), and a request renewed after a reconnect or a silence is preceded by one.
 *
 * Flow control is the server's: the consumer's `max_ack_pending` caps the unacked messages out
 * to all its clients, so asking for a generous batch can never flood the owner.
 *
 * Contract: at most one request is current; a new one is sent when it is fulfilled, expires, is
 * refused (409, after a pause), when two heartbeats are missed, and on `reset` (the owner calls it
 * after a reconnect: the request may have expired meanwhile). Deliveries of an older request that
 * is still alive on the server (the inbox is resubscribed after a reconnect) are delivered too.
 */
export class Puller {
  readonly #options: PullerOptions;
  readonly #inbox: string;
  #subscription: Subscription | undefined;
  #requestId = 0;
  #remaining = 0;
  #watchdog: ReturnType<typeof setTimeout> | undefined;
  /** When the server last showed the request alive (a delivery, a heartbeat, a new request). */
  #lastSign = 0;
  /** Two missed heartbeats, plus slack. */
  readonly #silenceLimitMs: number;
  #retry: ReturnType<typeof setTimeout> | undefined;
  #stopping = false;

  constructor(options: PullerOptions) {
    this.#options = options;
    this.#inbox = createInbox();
    this.#silenceLimitMs = options.heartbeatMs * 2 + 500;
  }

  start(): void {
    this.#subscription = this.#options.nc.subscribe(`${this.#inbox}.*`, {
      callback: (error, msg) => {
        if (error) {
          this.#options.onError(error, `pull subscription of ${this.#options.durable} on ${this.#options.stream}`);
          this.#pullLater();
          return;
        }
        this.#received(msg);
      },
    });
    this.#pull();
  }

  /** Forgets the current request and sends a new one (after a reconnect). */
  reset(): void {
    this.#renew();
  }

  /**
   * Stops pulling and drains: messages already on their way still reach `onMessage`. Once it
   * resolves, no pull request of this puller is left on the server: naks go to other members.
   */
  async stop(): Promise<void> {
    if (this.#stopping) return;
    this.#stopping = true;
    this.#disarmWatchdog();
    clearTimeout(this.#retry);
    const { nc, jsm, stream, durable, onError } = this.#options;
    const subscription = this.#subscription;
    if (!subscription || subscription.isClosed() || nc.isClosed()) return;
    try {
      if (nc.isDraining()) subscription.unsubscribe();
      else await subscription.drain();
      // Prunes our requests, now without interest (see the trap above).
      await jsm.consumers.info(stream, durable);
    } catch (error) {
      // A connection lost meanwhile: whatever was on its way is redelivered after ack_wait.
      onError(error, `stopping the pull of ${durable} on ${stream}`);
    }
  }

  #received(msg: Msg): void {
    const pulled = toPulledMessage(this.#options.nc, this.#options.replies, this.#options.receipts, msg, this.#options.ackTimeoutMs);
    if (pulled) {
      // A delivery carries its stream's subject, not the request's inbox, so it cannot say which
      // request it fulfils: each counts against the current one. One of an older request (alive
      // after a reconnect) only makes the next request come a little early, which is harmless.
      this.#remaining--;
      this.#armWatchdog();
      if (this.#remaining <= 0) this.#pull();
      // Deliveries of an older request are real deliveries too: never dropped.
      this.#options.onMessage(pulled);
      return;
    }
    // Status messages (heartbeat, expired, refused) do come on the request's inbox subject.
    const current = msg.subject === `${this.#inbox}.${this.#requestId}`;
    if (!current || this.#stopping) return;
    const code = msg.headers?.code ?? 0;
    if (code === 100) {
      this.#armWatchdog();
    } else if (code === 408 || code === 404) {
      // Expired (or nothing to wait for): ask again.
      this.#pull();
    } else {
      // 409 (limits exceeded, consumer deleted, leadership change), 503 (JetStream away): pause.
      this.#options.onError(
        new Error(`pull request refused: ${code} ${msg.headers?.description ?? ''}`.trim()),
        `pulling ${this.#options.durable} on ${this.#options.stream}`,
      );
      this.#pullLater();
    }
  }

  #pull(): void {
    clearTimeout(this.#retry);
    if (this.#stopping) return;
    const { nc, stream, durable, batch, expiresMs, heartbeatMs } = this.#options;
    if (nc.isClosed()) return;
    this.#requestId++;
    this.#remaining = batch;
    const request = { batch, expires: expiresMs * 1_000_000, idle_heartbeat: heartbeatMs * 1_000_000 };
    try {
      nc.publish(`$JS.API.CONSUMER.MSG.NEXT.${stream}.${durable}`, JSON.stringify(request), { reply: `${this.#inbox}.${this.#requestId}` });
    } catch (error) {
      this.#options.onError(error, `pulling ${durable} on ${stream}`);
      this.#pullLater();
      return;
    }
    this.#armWatchdog();
  }

  /** Prunes the dead requests (see the trap above), then pulls. */
  #renew(): void {
    this.#disarmWatchdog();
    if (this.#stopping) return;
    const { jsm, stream, durable, onError } = this.#options;
    // A request number nobody answers to, until the new request is sent.
    this.#requestId++;
    jsm.consumers.info(stream, durable).then(
      () => this.#pull(),
      (error: unknown) => {
        onError(error, `renewing the pull of ${durable} on ${stream}`);
        this.#pullLater();
      },
    );
  }

  #pullLater(): void {
    this.#disarmWatchdog();
    clearTimeout(this.#retry);
    if (this.#stopping) return;
    this.#retry = setTimeout(() => this.#pull(), RETRY_AFTER_ERROR_MS);
    this.#retry.unref?.();
  }

  /**
   * Two missed heartbeats (plus slack) without any message: the request is gone, ask again.
   * Called on every delivery, so it only notes the time: the one timer, when it fires, waits on
   * for whatever is left of the silence since then.
   */
  #armWatchdog(): void {
    if (this.#stopping) return;
    this.#lastSign = Date.now();
    if (this.#watchdog === undefined) this.#watchFor(this.#silenceLimitMs);
  }

  #watchFor(ms: number): void {
    this.#watchdog = setTimeout(() => {
      this.#watchdog = undefined;
      if (this.#stopping) return;
      const silence = Date.now() - this.#lastSign;
      if (silence < this.#silenceLimitMs) this.#watchFor(this.#silenceLimitMs - silence);
      else this.#renew();
    }, ms);
    this.#watchdog.unref?.();
  }

  #disarmWatchdog(): void {
    clearTimeout(this.#watchdog);
    this.#watchdog = undefined;
  }
}
