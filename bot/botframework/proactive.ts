import type { DeskEvent, UserNotifier } from '../contracts/liveDesk';

/** How a desk event reaches one conversation through an adapter (continueConversation, or a test adapter's queue). */
export type ContinueConversation = (address: unknown, event: DeskEvent) => Promise<void>;

/**
 * The agent hub writes to users outside their turns; that needs the adapter, which needs the bot,
 * which needs the hub. This port breaks the circle in one visible place: the hub gets it when it
 * is built, and the server (or a test) attaches the adapter's way in once it exists.
 */
export class ProactiveNotifier implements UserNotifier {
  private continueConversation: ContinueConversation | undefined;

  attach(continueConversation: ContinueConversation): void {
    this.continueConversation = continueConversation;
  }

  notify(address: unknown, event: DeskEvent): Promise<void> {
    if (!this.continueConversation) return Promise.reject(new Error('No adapter attached yet: the bot cannot write to users outside their turns.'));
    return this.continueConversation(address, event);
  }
}
