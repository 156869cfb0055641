import { status, type Metadata, type ServerDuplexStream } from '@grpc/grpc-js';
import type { BotMessage__Output } from '../grpc/generated/mallbots/robots/v1/BotMessage.js';
import type { DepotMessage } from '../grpc/generated/mallbots/robots/v1/DepotMessage.js';
import type { RobotsServiceHandlers } from '../grpc/generated/mallbots/robots/v1/RobotsService.js';
import { MalformedBotMessageError, parseBotMessage } from './bot-messages.js';
import { isBotToken } from './bot-token.js';
import type { BotLink, Fleet } from './fleet.js';

type BotStream = ServerDuplexStream<BotMessage__Output, DepotMessage>;

const single = (metadata: Metadata, key: string): string | undefined => {
  const [value] = metadata.get(key);
  return typeof value === 'string' ? value : undefined;
};

/** The bot id of an authenticated call, or the status that refuses it. */
const authenticate = (metadata: Metadata, secret: string): { botId: string } | { code: status; details: string } => {
  const botId = single(metadata, 'bot-id');
  const token = /^Bearer (.+)$/.exec(single(metadata, 'authorization') ?? '')?.[1];
  if (!botId || !token) return { code: status.UNAUTHENTICATED, details: 'send the metadata bot-id and authorization: Bearer <bot token>' };
  if (botId.length > 100) return { code: status.INVALID_ARGUMENT, details: 'bot-id: too long (at most 100 characters)' };
  if (!isBotToken(secret, botId, token)) return { code: status.UNAUTHENTICATED, details: 'the bot token is not valid for this bot' };
  return { botId };
};

/** A link that writes nothing once the stream has ended, whichever side ended it. */
const linkOf = (botId: string, call: BotStream): BotLink & { readonly ended: boolean; markEnded(): void } => {
  let ended = false;
  return {
    botId,
    get ended() {
      return ended;
    },
    markEnded() {
      ended = true;
    },
    send(message) {
      if (!ended) call.write(message);
    },
    end(code, details) {
      if (ended) return;
      ended = true;
      call.emit('error', { code, details });
    },
  };
};

/**
 * `mallbots.robots.v1.RobotsService`: each bot's bidirectional stream, authenticated by its token,
 * handed to the fleet. A malformed message ends the stream with INVALID_ARGUMENT before it reaches
 * the depot; like any disconnect, the bot keeps its list if it reconnects within the deadline.
 */
export const robotsServiceHandlers = (fleet: Fleet, secret: string): RobotsServiceHandlers => ({
  Connect(call: BotStream) {
    const identity = authenticate(call.metadata, secret);
    if (!('botId' in identity)) {
      call.emit('error', identity);
      return;
    }
    const link = linkOf(identity.botId, call);
    const gone = () => {
      link.markEnded();
      fleet.disconnect(link);
    };
    call.on('data', (message: BotMessage__Output) => {
      if (link.ended) return;
      try {
        fleet.receive(link, parseBotMessage(message));
      } catch (error) {
        if (!(error instanceof MalformedBotMessageError)) throw error;
        fleet.disconnect(link);
        link.end(status.INVALID_ARGUMENT, error.message);
      }
    });
    call.on('end', () => {
      gone();
      call.end();
    });
    call.on('cancelled', gone);
    call.on('error', gone);
    void fleet.connect(link);
  },
});
