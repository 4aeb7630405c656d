import type { Middleware, TurnContext } from 'botbuilder';
import { KeyedQueue } from '../concurrency/keyedQueue';

/**
 * Runs the turns of one conversation one after another. botbuilder's BotState saves with eTag "*"
 * (last writer wins), so two quick messages processed at once would lose one update.
 * Other conversations are not held up.
 */
export class SerialTurnsMiddleware implements Middleware {
  private readonly queue = new KeyedQueue();

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    await this.queue.run(keyOf(context), next);
  }

  /** Runs `work` as if it were the conversation's next turn: after the turns already waiting, before any later one. */
  inTurnOrder(context: TurnContext, work: () => Promise<void>): Promise<void> {
    return this.queue.run(keyOf(context), work);
  }
}

const keyOf = (context: TurnContext): string => `${context.activity.channelId}/${context.activity.conversation?.id}`;
