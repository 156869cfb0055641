import { describe, expect, it } from 'vitest';
import { botToken, isBotToken } from './bot-token.js';

describe('bot tokens', () => {
  it("accept a bot's own token under the fleet secret", () => {
    expect(isBotToken('fleet secret', 'bot-1', botToken('fleet secret', 'bot-1'))).toBe(true);
  });

  it("refuse another bot's token, a token under another secret, and garbage", () => {
    expect(isBotToken('fleet secret', 'bot-1', botToken('fleet secret', 'bot-2'))).toBe(false);
    expect(isBotToken('fleet secret', 'bot-1', botToken('another secret', 'bot-1'))).toBe(false);
    expect(isBotToken('fleet secret', 'bot-1', '')).toBe(false);
    expect(isBotToken('fleet secret', 'bot-1', 'x'.repeat(43))).toBe(false);
  });
});
