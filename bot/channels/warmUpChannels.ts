import type { Logger } from '../logging/logger';
import { DIRECT_LINE_CHANNEL_ID } from './directline/directLineRoutes';
import type { DirectLineHistory } from './directline/directLineHistory';
import { warmUpThroughDirectLine, type WarmUpConversation } from './directline/warmUp';
import { WARM_UP_CHANNEL_ID, warmUpThroughMessages } from './http/messagesWarmUp';

export interface ChannelWarmUp {
  /** This server's own address (the loopback one it listens on). */
  readonly localUrl: string;
  readonly directLineStore: DirectLineHistory;
  /** Forgets a conversation everywhere it left something (state, transcript, history). */
  readonly forget: (channelId: string, conversationId: string) => Promise<unknown>;
  /** What the Direct Line warm-up says (see warmUpConversations); /api/messages says the first one's first two messages. */
  readonly conversations: readonly WarmUpConversation[];
  /** Whether /api/messages takes unsigned activities (no Microsoft app credentials), so it can be warmed too. */
  readonly messagesEndpoint: boolean;
  /** The warm-up's conversations, while they run: kept out of the desk lead's figures. */
  readonly track: { readonly started: (channelId: string, conversationId: string) => void; readonly ended: () => void };
  readonly logger: Logger;
}

/**
 * Before the server reports ready, a throwaway conversation through each way in a user can take
 * without a signature: the built-in Direct Line (Web Chat), then /api/messages (the Emulator).
 * A failed warm-up only makes the first turn slower; it never stops the start.
 */
export async function warmUpChannels(w: ChannelWarmUp): Promise<void> {
  const track = (channelId: string) => ({ started: (id: string) => w.track.started(channelId, id), ended: w.track.ended });
  await warmUpThroughDirectLine(w.localUrl, w.directLineStore, w.forget, w.conversations, track(DIRECT_LINE_CHANNEL_ID)).catch((error) =>
    w.logger.warn({ err: error }, 'Direct Line warm-up failed; the first turn will be slower'),
  );
  if (!w.messagesEndpoint) return;
  await warmUpThroughMessages(w.localUrl, w.conversations[0]?.messages.slice(0, 2) ?? [], w.forget, track(WARM_UP_CHANNEL_ID)).catch((error) =>
    w.logger.warn({ err: error }, '/api/messages warm-up failed; the first turn there will be slower'),
  );
}
