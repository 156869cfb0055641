import type { Msg, NatsConnection } from '@nats-io/nats-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReplyInbox } from './reply-inbox.js';
import { assertReachable, connectOrFail, uniquePrefix } from './test-support.js';

describe('ReplyInbox', () => {
  let nc: NatsConnection;
  let replies: ReplyInbox;
  let subject: string;

  beforeEach(async () => {
    await assertReachable();
    nc = await connectOrFail();
    replies = new ReplyInbox(nc);
    subject = uniquePrefix('replies');
  });
  afterEach(async () => {
    replies.close();
    await nc.close();
  });

  it('answers each request with its own reply, many at once', async () => {
    nc.subscribe(subject, { callback: (_error, msg) => void msg.respond(`re: ${msg.string()}`) });
    await nc.flush();

    const answers = await Promise.all(Array.from({ length: 50 }, (_, n) => replies.request(subject, `${n}`, 2000)));

    expect(answers.map((answer: Msg) => answer.string())).toEqual(Array.from({ length: 50 }, (_, n) => `re: ${n}`));
  });

  it('fails a request nobody listens to, as no responders', async () => {
    await expect(replies.request(subject, 'anyone?', 2000)).rejects.toThrow(/no responders/);
  });

  it('fails a request whose reply does not come in time, and ignores the late reply', async () => {
    const late: Msg[] = [];
    nc.subscribe(subject, { callback: (_error, msg) => void late.push(msg) });
    await nc.flush();

    await expect(replies.request(subject, 'slow', 150)).rejects.toThrow(/timed out/);

    // The reply comes after all: nobody waits for it, and nothing breaks.
    late[0]!.respond('too late');
    await nc.flush();
    nc.subscribe(`${subject}.next`, { callback: (_error, msg) => void msg.respond('on time') });
    await nc.flush();
    expect((await replies.request(`${subject}.next`, 'again', 2000)).string()).toBe('on time');
  });

  it('fails what is pending when closed', async () => {
    nc.subscribe(subject, { callback: () => undefined });
    await nc.flush();
    const pending = replies.request(subject, 'never answered', 60_000);
    replies.close();
    await expect(pending).rejects.toThrow(/closed/);
  });
});
