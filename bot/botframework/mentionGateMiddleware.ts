import { ActivityTypes, TurnContext, type Middleware } from 'botbuilder';

/**
 * In group chats and channels (Teams), the bot answers only messages that @mention it, and reads
 * them without the mention ("<at>Support</at> I forgot my password" → "I forgot my password").
 * Other messages in the group are not read, stored or logged at all.
 */
export class MentionGateMiddleware implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    if (activity.type !== (ActivityTypes.Message as string) || !isGroupConversation(context)) return next();
    const botId = activity.recipient?.id;
    const mentioned = TurnContext.getMentions(activity).some((m) => m.mentioned?.id === botId);
    if (!mentioned) return;
    activity.text = TurnContext.removeRecipientMention(activity)?.trim() ?? '';
    await next();
  }
}

export function isGroupConversation(context: TurnContext): boolean {
  const conversation = context.activity.conversation;
  return conversation?.isGroup === true || conversation?.conversationType === 'groupChat' || conversation?.conversationType === 'channel';
}
