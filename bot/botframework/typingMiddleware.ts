import { ActivityTypes, TurnContext, type Middleware } from 'botbuilder';

/**
 * "typing…" on a message's turn once it has taken `delayMs`, then every `periodMs` until it ends.
 * botbuilder's ShowTypingMiddleware does the same, but when a typing send is still in flight as
 * the turn ends, its error handler reads the revoked TurnContext and rejects outside any turn (an
 * unhandled rejection, seen under load in CI). Here the typing activity is built up front, nothing
 * is sent or scheduled once the turn has ended, and a send that fails is reported, never thrown.
 */
export class TypingMiddleware implements Middleware {
  constructor(
    private readonly delayMs: number,
    private readonly periodMs: number,
    private readonly onSendError: (error: unknown) => void,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.type !== String(ActivityTypes.Message)) return next();
    const { adapter } = context;
    const typing = TurnContext.applyConversationReference(
      { type: ActivityTypes.Typing, relatesTo: context.activity.relatesTo },
      TurnContext.getConversationReference(context.activity),
    );
    let finished = false;
    let timer: NodeJS.Timeout | undefined;
    const schedule = (delay: number): void => {
      timer = setTimeout(() => void send(), delay);
    };
    const send = async (): Promise<void> => {
      if (finished) return;
      try {
        await adapter.sendActivities(context, [typing]);
      } catch (error) {
        // A send cut short by the end of the turn is no error: the answer has gone out.
        if (!finished) this.onSendError(error);
      }
      if (!finished) schedule(this.periodMs);
    };
    schedule(this.delayMs);
    try {
      await next();
    } finally {
      finished = true;
      clearTimeout(timer);
    }
  }
}
