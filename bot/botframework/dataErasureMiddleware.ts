import type { Middleware, TurnContext } from 'botbuilder';
import type { DataRetention } from '../retention/dataRetention';
import type { SerialTurnsMiddleware } from './serialTurnsMiddleware';

const ERASE = Symbol('eraseConversationData');

/** Called by the bot when the user confirmed "delete my data". */
export function eraseAfterTurn(context: TurnContext): void {
  context.turnState.set(ERASE, true);
}

/**
 * Outermost middleware: once the turn is over (the confirmation sent, the state saved, the
 * transcript written), deletes every record of the conversation. Running last is what makes
 * the deletion complete: anything this turn wrote is already there to be deleted. It runs in the
 * conversation's turn order, so a message already waiting cannot save the old state back after it.
 */
export class DataErasureMiddleware implements Middleware {
  constructor(
    private readonly retention: DataRetention,
    private readonly serial: SerialTurnsMiddleware,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    await next();
    if (context.turnState.get(ERASE) !== true) return;
    const { channelId, conversation } = context.activity;
    await this.serial.inTurnOrder(context, () => this.retention.erase(channelId, conversation.id));
  }
}
