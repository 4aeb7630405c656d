import type { Middleware, TurnContext } from 'botbuilder';
import { KeyedQueue } from '../concurrency/keyedQueue';
import { singleInstance, type TurnLock } from '../concurrency/turnLock';

/**
 * Runs the turns of one conversation one after another, in arrival order: in this process through
 * a queue, and across instances through `lock` (PostgreSQL's advisory lock when state is shared).
 * Two turns of one conversation at once would each read the same state, and one would be refused
 * at its write and run again. Other conversations are not held up. The queue comes first, so an
 * instance holds at most one lock connection per conversation.
 */
export class SerialTurnsMiddleware implements Middleware {
  private readonly queue = new KeyedQueue();

  constructor(private readonly lock: TurnLock = singleInstance) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    await this.inTurnOrder(context, next);
  }

  /** Runs `work` as if it were the conversation's next turn: after the turns already waiting, before any later one. */
  inTurnOrder(context: TurnContext, work: () => Promise<void>): Promise<void> {
    const key = keyOf(context);
    return this.queue.run(key, () => this.lock.hold(key, work));
  }
}

const keyOf = (context: TurnContext): string => `${context.activity.channelId}/${context.activity.conversation?.id}`;
