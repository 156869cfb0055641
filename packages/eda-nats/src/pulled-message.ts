import type { Msg, MsgHdrs, NatsConnection } from '@nats-io/nats-core';
import type { ReplyInbox } from './reply-inbox.js';
import type { ServerReceipts } from './server-receipts.js';

/**
 * One delivery of a JetStream message to a pull consumer, with the acknowledgements of the
 * JetStream protocol (`+ACK`, `-NAK`, `+WPI`, `+TERM` sent to the delivery's reply subject).
 *
 * Trap: a redelivery of the same message (after a nak, or once `ack_wait` passed without an ack)
 * is a new `PulledMessage` with its own reply subject. The server settles a message by stream
 * sequence, so acking any of its deliveries settles it; the newest is the safe one to use.
 */
export interface PulledMessage {
  /** The stream sequence: the message's place in its topic. */
  readonly seq: number;
  /** How often JetStream has delivered it, this time included: 1 on the first delivery. */
  readonly deliveryCount: number;
  readonly data: Uint8Array;
  readonly headers: MsgHdrs | undefined;
  /**
   * Acks and waits until the server has it (`ServerReceipts`), so an acked message is not
   * delivered again; rejects when that is not sure (the caller acks again: acks are idempotent).
   */
  ack(): Promise<void>;
  /** Hands the message back for redelivery after `delayMs` (at once when 0). */
  nak(delayMs: number): void;
  /** Resets the server's ack timer: the message is still being worked on (or waiting its turn). */
  working(): void;
  /**
   * Tells the server never to deliver the message again to this consumer, and waits for it to
   * confirm. Trap: no reason is sent. `+TERM <reason>` is NATS 2.11; a 2.9 server does not
   * recognise it, and keeps redelivering the message.
   */
  term(): Promise<void>;
}

const ACK_TIMEOUT_MS = 5000;

/**
 * The delivery `msg` of a pull request, or undefined when `msg` is not a JetStream delivery (a
 * status message such as a heartbeat). Reads the delivery count and stream sequence from the
 * reply subject: `$JS.ACK.<stream>.<consumer>.<delivered>.<sseq>.<dseq>.<ts>.<pending>`, or
 * the longer form with domain and account hash after `ACK` (12 tokens or more).
 */
export const toPulledMessage = (
  nc: NatsConnection,
  replies: ReplyInbox,
  receipts: ServerReceipts,
  msg: Msg,
  ackTimeoutMs = ACK_TIMEOUT_MS,
): PulledMessage | undefined => {
  const reply = msg.reply;
  if (!reply?.startsWith('$JS.ACK.')) return undefined;
  const tokens = reply.split('.');
  const at = tokens.length === 9 ? 4 : tokens.length >= 11 ? 6 : -1;
  if (at < 0) return undefined;
  const deliveryCount = Number(tokens[at]);
  const seq = Number(tokens[at + 1]);
  if (!Number.isSafeInteger(deliveryCount) || !Number.isSafeInteger(seq)) return undefined;
  return new Delivery(nc, replies, receipts, msg, reply, seq, deliveryCount, ackTimeoutMs);
};

/** A class rather than an object of closures: one is made per delivery, on the hot path. */
class Delivery implements PulledMessage {
  readonly seq: number;
  readonly deliveryCount: number;
  readonly data: Uint8Array;
  readonly headers: MsgHdrs | undefined;
  readonly #nc: NatsConnection;
  readonly #replies: ReplyInbox;
  readonly #receipts: ServerReceipts;
  readonly #reply: string;
  readonly #ackTimeoutMs: number;

  constructor(
    nc: NatsConnection,
    replies: ReplyInbox,
    receipts: ServerReceipts,
    msg: Msg,
    reply: string,
    seq: number,
    deliveryCount: number,
    ackTimeoutMs: number,
  ) {
    this.seq = seq;
    this.deliveryCount = deliveryCount;
    this.data = msg.data;
    this.headers = msg.headers;
    this.#nc = nc;
    this.#replies = replies;
    this.#receipts = receipts;
    this.#reply = reply;
    this.#ackTimeoutMs = ackTimeoutMs;
  }

  async ack(): Promise<void> {
    // Not a double ack (`+ACK` with a reply subject: a reply per message for the server to send
    // and this process to read, about a tenth of a busy consumer's work): the PING that this
    // turn's acks share confirms them all. JetStream applies a received ack the same way.
    this.#nc.publish(this.#reply, '+ACK');
    await this.#receipts.confirm();
  }

  nak(delayMs: number): void {
    const delay = Math.max(0, Math.round(delayMs));
    // The delay is in nanoseconds on the wire.
    this.#send(delay > 0 ? `-NAK ${JSON.stringify({ delay: delay * 1_000_000 })}` : '-NAK');
  }

  working(): void {
    this.#send('+WPI');
  }

  async term(): Promise<void> {
    await this.#replies.request(this.#reply, '+TERM', this.#ackTimeoutMs);
  }

  #send(payload: string): void {
    // A closed connection cannot settle anything; the server redelivers after ack_wait.
    if (!this.#nc.isClosed()) this.#nc.publish(this.#reply, payload);
  }
}
