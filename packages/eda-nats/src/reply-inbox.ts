import { createInbox, type Msg, type MsgHdrs, type NatsConnection, type Payload, type Subscription } from '@nats-io/nats-core';

interface Pending {
  resolve(reply: Msg): void;
  reject(error: Error): void;
  subject: string;
  deadline: number;
}

/** How often overdue requests are failed: their timeout is kept to within this. */
const SWEEP_MS = 100;

/**
 * Request/reply for the hot paths (publish acks of JetStream, and acks of deliveries): what
 * `nc.request` does, over one wildcard subscription of this inbox.
 *
 * Why not `nc.request`: nats.js 3 builds an `Error` (a stack trace) for every request, even one
 * that succeeds (`RequestOne.cancel`, whatever `noAsyncTraces` says), and arms and clears a timer
 * for each; at thousands of messages a second that was about a tenth of a consumer's CPU. Here a
 * request is one map entry, and one sweep every `SWEEP_MS` fails the overdue ones.
 *
 * Contract: `request` resolves with the first reply, or rejects when the reply reports no
 * responders (status 503), when `timeoutMs` passes first (give or take `SWEEP_MS`), when the
 * publish throws (a closed connection), or on `close`. A reply lost in a reconnect times out: the
 * caller retries (publishes carry their message id, and acks are idempotent).
 */
export class ReplyInbox {
  readonly #nc: NatsConnection;
  readonly #prefix = createInbox();
  readonly #pending = new Map<number, Pending>();
  #subscription: Subscription | undefined;
  #sweep: ReturnType<typeof setInterval> | undefined;
  #next = 0;

  constructor(nc: NatsConnection) {
    this.#nc = nc;
  }

  request(subject: string, payload: Payload, timeoutMs: number, headers?: MsgHdrs): Promise<Msg> {
    this.#subscription ??= this.#nc.subscribe(`${this.#prefix}.*`, { callback: (error, reply) => this.#received(error, reply) });
    const id = ++this.#next;
    return new Promise<Msg>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, subject, deadline: Date.now() + timeoutMs });
      this.#startSweeping();
      try {
        this.#nc.publish(subject, payload, { reply: `${this.#prefix}.${id}`, headers });
      } catch (error) {
        this.#pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  /** Fails every pending request and stops listening. */
  close(): void {
    clearInterval(this.#sweep);
    this.#sweep = undefined;
    this.#subscription?.unsubscribe();
    this.#subscription = undefined;
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const request of pending) request.reject(new Error(`request to ${request.subject}: the reply inbox was closed`));
  }

  #received(error: Error | null, reply: Msg): void {
    if (error) {
      // The subscription itself failed (e.g. a permissions violation): nothing pending can be answered.
      for (const request of this.#pending.values()) request.reject(error);
      this.#pending.clear();
      this.#subscription?.unsubscribe();
      this.#subscription = undefined;
      return;
    }
    const id = Number(reply.subject.slice(this.#prefix.length + 1));
    const request = this.#pending.get(id);
    // A reply that came after its request timed out: nobody waits for it.
    if (!request) return;
    this.#pending.delete(id);
    if (reply.data.length === 0 && reply.headers?.code === 503) request.reject(new Error(`no responders for ${request.subject}`));
    else request.resolve(reply);
  }

  #startSweeping(): void {
    if (this.#sweep) return;
    this.#sweep = setInterval(() => {
      const now = Date.now();
      for (const [id, request] of this.#pending) {
        if (request.deadline > now) continue;
        this.#pending.delete(id);
        request.reject(new Error(`request to ${request.subject} timed out`));
      }
      if (this.#pending.size === 0) {
        clearInterval(this.#sweep);
        this.#sweep = undefined;
      }
    }, SWEEP_MS);
    this.#sweep.unref?.();
  }
}
