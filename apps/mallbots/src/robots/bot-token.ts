import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A bot's token: the HMAC-SHA256 of its id under the fleet secret, base64url. Whoever holds the
 * secret issues tokens (the simulator does, for its bots); the server keeps no list of bots, and a
 * token works for its own bot id only.
 */
export const botToken = (secret: string, botId: string): string => createHmac('sha256', secret).update(botId).digest('base64url');

/** True when `token` is the token of `botId` under `secret`; compared in constant time. */
export const isBotToken = (secret: string, botId: string, token: string): boolean => {
  const expected = Buffer.from(botToken(secret, botId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
};
