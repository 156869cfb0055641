import type { NatsConnection } from '@nats-io/nats-core';

/**
 * Confirms that the server has received what this connection published: for messages that get
 * no reply of their own but must not be lost unnoticed (the acks of deliveries). One PING per turn
 * of the event loop, however many callers ask in that turn, instead of one reply per message.
 *
 * Why it holds: the messages of one connection reach the server in order, and the server answers
 * a PING only after it has read everything sent before it; so the PONG of a PING sent after a
 * publish means the server has that publish. A reply per message (JetStream's double ack) comes
 * once the consumer has applied the ack, the PONG once the server has read it: against a dropped
 * connection, which is what the confirmation is for, both are as sure.
 *
 * Contract: `confirm()` resolves once the server has received everything this connection published
 * before the call. It rejects when the connection drops first (nats.js then discards what it had
 * not sent and fails the PING), when the connection is closed, or after `timeoutMs`. Callers in
 * one turn share one PING; a caller must publish before it calls `confirm`.
 */
export class ServerReceipts {
  readonly #nc: NatsConnection;
  readonly #timeoutMs: number;
  /** The confirmation that callers of this turn join; its PING is not sent yet. */
  #open: Promise<void> | undefined;

  constructor(nc: NatsConnection, timeoutMs: number) {
    this.#nc = nc;
    this.#timeoutMs = timeoutMs;
  }

  confirm(): Promise<void> {
    this.#open ??= new Promise<void>((resolve, reject) => {
      // At the end of this turn: the PING follows every publish made in it.
      queueMicrotask(() => {
        this.#open = undefined;
        const timer = setTimeout(() => reject(new Error(`no PONG from the server within ${this.#timeoutMs} ms`)), this.#timeoutMs);
        timer.unref?.();
        this.#nc.flush().then(
          () => {
            clearTimeout(timer);
            resolve();
          },
          (error: unknown) => {
            clearTimeout(timer);
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      });
    });
    return this.#open;
  }
}
