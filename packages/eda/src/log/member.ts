import type { BackoffOptions, MessageHandler } from '../transport.js';

/** What a member tells the consumers it belongs to: one of its slots is free again. */
export interface Wakeable {
  wake(): void;
}

export interface MemberOptions {
  handler: MessageHandler;
  concurrency: number;
  maxAttempts: number;
  backoff: BackoffOptions;
}

/**
 * One subscriber's place in the consumer groups it joined (one per topic it subscribed to).
 *
 * Contract: its `concurrency` is shared by all of those groups, so a subscriber to several topics
 * never runs more handlers at once than it asked for. Once `close` is called it takes no new work;
 * `close` resolves when every piece of work it started has finished: the handler, plus the ack or
 * park when the consumer does them inside that work (the log engine does; a consumer that acks
 * outside it, like the NATS one, waits for its own acks in its `stop`).
 */
export class Member {
  readonly handler: MessageHandler;
  readonly concurrency: number;
  readonly maxAttempts: number;
  readonly backoff: BackoffOptions;
  readonly #running = new Set<Promise<void>>();
  readonly #consumers = new Set<Wakeable>();
  #closing = false;

  constructor(options: MemberOptions) {
    this.handler = options.handler;
    this.concurrency = Math.max(1, Math.floor(options.concurrency));
    this.maxAttempts = Math.max(1, Math.floor(options.maxAttempts));
    this.backoff = options.backoff;
  }

  get hasCapacity(): boolean {
    return !this.#closing && this.#running.size < this.concurrency;
  }

  attach(consumer: Wakeable): void {
    this.#consumers.add(consumer);
  }

  detach(consumer: Wakeable): void {
    this.#consumers.delete(consumer);
  }

  /** Runs `work` in one of the member's slots. `work` must not reject: it reports its own errors. */
  run(work: () => Promise<void>): void {
    const running: Promise<void> = work().finally(() => {
      this.#running.delete(running);
      for (const consumer of this.#consumers) consumer.wake();
    });
    this.#running.add(running);
  }

  async close(): Promise<void> {
    this.#closing = true;
    while (this.#running.size > 0) await Promise.allSettled([...this.#running]);
  }
}

/**
 * The members of one group consumer: who joins and leaves, and whose turn it is. Messages go
 * round-robin among the members with a free slot, so competing subscribers share the work.
 */
export class MemberRoster {
  readonly #members: Member[] = [];
  #next = 0;

  /** Adds `member`, which from now on wakes `consumer` when one of its slots frees up. */
  join(member: Member, consumer: Wakeable): void {
    this.#members.push(member);
    member.attach(consumer);
  }

  /** Removes `member`; true when it was the last one (the consumer may stop). */
  leave(member: Member, consumer: Wakeable): boolean {
    const index = this.#members.indexOf(member);
    if (index >= 0) this.#members.splice(index, 1);
    member.detach(consumer);
    return this.#members.length === 0;
  }

  get anyFree(): boolean {
    return this.#members.some((member) => member.hasCapacity);
  }

  /** The member whose turn it is among those with a free slot, if any; the turn passes with `served`. */
  whoseTurn(): Member | undefined {
    const count = this.#members.length;
    for (let i = 0; i < count; i++) {
      const member = this.#members[(this.#next + i) % count]!;
      if (member.hasCapacity) return member;
    }
    return undefined;
  }

  /** `member` took a message: the next turn is the member after it. */
  served(member: Member): void {
    this.#next = this.#members.indexOf(member) + 1;
  }
}
