import type { GroupState } from './message-log.js';

/**
 * A consumer group's progress on one topic: the cursor (everything at or below it is done) and
 * the positions above it that are done out of order.
 *
 * Positions are global across topics, so a topic's positions have gaps: the cursor advances over
 * the positions this group has *read*, in order, as far as they are done — never by counting.
 * Done positions loaded from a saved state are skipped when read again.
 */
export class GroupProgress {
  #cursor: number;
  #readPosition: number;
  readonly #done: Set<number>;
  /** Positions read and not yet behind the cursor, in log order. */
  readonly #read: number[] = [];

  constructor(cursor: number, done: readonly number[]) {
    this.#cursor = cursor;
    this.#readPosition = cursor;
    this.#done = new Set(done.filter((position) => position > cursor));
  }

  get cursor(): number {
    return this.#cursor;
  }

  /** Where the next read starts (exclusive). */
  get readPosition(): number {
    return this.#readPosition;
  }

  /** Records a read position; returns false when it is done already (so it is not delivered again). */
  accept(position: number): boolean {
    this.#readPosition = Math.max(this.#readPosition, position);
    this.#read.push(position);
    return !this.#done.has(position);
  }

  markDone(position: number): void {
    this.#done.add(position);
    this.retire();
  }

  /** Moves the cursor over the leading done positions; returns true when it moved. */
  retire(): boolean {
    const before = this.#cursor;
    while (this.#read.length > 0 && this.#done.has(this.#read[0]!)) {
      this.#cursor = this.#read.shift()!;
      this.#done.delete(this.#cursor);
    }
    // Everything read is done: no record of the topic lies between the cursor and the read position.
    if (this.#read.length === 0) this.#cursor = Math.max(this.#cursor, this.#readPosition);
    for (const position of this.#done) if (position <= this.#cursor) this.#done.delete(position);
    return this.#cursor !== before;
  }

  state(): GroupState {
    return { cursor: this.#cursor, done: [...this.#done].sort((a, b) => a - b) };
  }
}
