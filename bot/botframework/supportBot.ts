import { ActivityTypes, TeamsActivityHandler, TurnContext, type Activity } from 'botbuilder';
import type { DeskEvent } from '../contracts/liveDesk';
import { handoffInitiation, handoffStatusOf } from './handoffInitiation';
import type { Translator } from '../locales/translator';
import type { Logger } from '../logging/logger';
import { privacyFindings, textWasCut } from './privacyMiddleware';
import { eraseAfterTurn } from './dataErasureMiddleware';
import { renderReplies, type ChannelCapabilities } from './activityRenderer';
import { emptyConversationData, type ConversationData } from '../contracts/conversationData';
import type { ConversationEngine, EngineResult } from '../conversation/conversationEngine';
import { isGroupConversation } from './mentionGateMiddleware';
import { MAX_MESSAGE_CHARS, type UserMessage } from '../contracts/userMessage';
import { isETagConflict } from '../storage/eTagConflict';
import type { ConversationRecords } from './conversationRecords';
import type { Reminders } from '../timers/reminderClock';
import type { ReminderDue } from '../conversation/turn';

export { conversationStateKey } from './conversationRecords';

/** Replies of this turn, held until its state is written: a reply whose state was refused is never sent. */
const OUTBOX = Symbol('outbox');
/** Reminders this turn asked for, scheduled once its state is written. */
const REMINDERS = Symbol('reminders');
/** A turn refused this often (another writer each time) fails with an apology rather than loop. */
const MAX_TURN_ATTEMPTS = 3;

/**
 * The botbuilder side of a turn: load the conversation, let the engine decide, save once, then send.
 * Everything botbuilder-specific about a turn stays in this file. A TeamsActivityHandler, which
 * behaves as a plain ActivityHandler on every other channel.
 */
export class SupportBot extends TeamsActivityHandler {
  constructor(
    private readonly records: ConversationRecords,
    private readonly engine: ConversationEngine,
    private readonly logger: Logger,
    private readonly handoffText: { readonly translator: Translator; readonly deskLocale: string; readonly procedureTitle: (id: string) => string | undefined },
    private readonly textOnlyChannels: readonly string[] = [],
    private readonly reminders?: Reminders,
  ) {
    super();

    this.onMessage(async (context, next) => {
      const data = await this.data(context);
      await this.apply(context, await this.engine.handleMessage(data, toUserMessage(context)));
      await next();
    });

    // A contact centre reports on a handoff the bot started.
    this.onEvent(async (context, next) => {
      const state = handoffStatusOf(context.activity);
      if (state) {
        const data = await this.data(context);
        await this.apply(context, await this.engine.handoffStatus(data, state, deskConversationId(context.activity)));
        this.logger.info({ conversationId: context.activity.conversation?.id, state }, 'handoff status');
      }
      await next();
    });
    // A user joining a one-to-one conversation is greeted; people joining a team or group chat are not.
    this.onMembersAdded(async (context, next) => {
      const recipientId = context.activity.recipient?.id;
      const newUsers = (context.activity.membersAdded ?? []).filter((m) => m.id !== recipientId);
      if (newUsers.length > 0 && !isGroupConversation(context)) await this.welcome(context);
      await next();
    });

    // Teams: the app was installed. Greet in personal scope; in a team or group chat, wait to be @mentioned.
    this.onInstallationUpdateAdd(async (context, next) => {
      if (!isGroupConversation(context)) await this.welcome(context);
      await next();
    });
  }

  /**
   * Saves state once, after every handler has run, then sends the turn's replies. A message always
   * changes the state (turn count, transcript), so it is always written; other activities only when
   * they changed something.
   */
  override async run(context: TurnContext): Promise<void> {
    const message = context.activity.type === (ActivityTypes.Message as string);
    await this.committed(
      context,
      async () => {
        if (!message) return super.run(context);
        if (await this.records.alreadyHandled(context)) {
          // Said again, the same replies: the first time they may never have left (the instance died after saving).
          this.logger.info({ conversationId: context.activity.conversation?.id }, 'message delivered again; answering as the first time');
          return void context.turnState.get<Partial<Activity>[]>(OUTBOX).push(...(await this.records.answerGiven(context)));
        }
        await super.run(context);
        await this.records.markHandled(context, context.turnState.get<Partial<Activity>[]>(OUTBOX));
      },
      message,
    );
  }

  /**
   * The agent hub's news for this conversation (an agent joined, wrote, ended…). Runs as a turn of
   * its own, started by the adapter's continueConversation, so it queues behind the user's turns.
   */
  async deskEvent(context: TurnContext, event: DeskEvent): Promise<void> {
    // The continuation activity is synthetic: a reply to it would point at an activity no client
    // ever sees, and Web Chat holds such replies back for seconds waiting for it.
    context.onSendActivities(async (_context, activities, next) => {
      for (const activity of activities) delete activity.replyToId;
      return next();
    });
    await this.committed(context, async () =>
      this.apply(context, await this.engine.deskEvent(await this.data(context), event, deskConversationId(context.activity))),
    );
    this.logger.info({ conversationId: context.activity.conversation?.id, event: event.kind }, 'desk event');
  }

  /** A reminder's time came (the timers call this as a turn of its own, like the hub's news). */
  async reminderDue(context: TurnContext, id: string): Promise<void> {
    await this.committed(context, async () =>
      this.apply(context, await this.engine.reminderDue(await this.data(context), id, deskConversationId(context.activity))),
    );
  }

  /** The conversation's language if this turn already loaded it (for the error apology), else undefined. */
  async storedLocale(context: TurnContext): Promise<string | undefined> {
    try {
      return (await this.records.get(context))?.locale;
    } catch {
      return undefined;
    }
  }

  /**
   * Runs `handle`, writes the state it left, then sends its replies. When another writer changed
   * the conversation since it was read (a conflict the turn lock makes rare), the replies are
   * dropped and the turn runs again on what is stored now.
   */
  private async committed(context: TurnContext, handle: () => Promise<void>, force = false): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      context.turnState.set(OUTBOX, []);
      context.turnState.set(REMINDERS, []);
      await handle();
      try {
        await this.records.save(context, force);
        break;
      } catch (error) {
        if (!isETagConflict(error) || attempt >= MAX_TURN_ATTEMPTS) throw error;
        this.logger.warn({ conversationId: context.activity.conversation?.id, attempt }, 'conversation changed during the turn; running it again');
        this.records.forget(context);
      }
    }
    const outbox = context.turnState.get<Partial<Activity>[]>(OUTBOX);
    context.turnState.delete(OUTBOX);
    const address = TurnContext.getConversationReference(context.activity);
    for (const reminder of context.turnState.get<ReminderDue[]>(REMINDERS)) {
      await this.reminders?.schedule(reminder, address).catch((err: unknown) => this.logger.error({ err }, 'could not schedule a reminder'));
    }
    if (outbox.length > 0) await context.sendActivities(outbox);
  }

  private async data(context: TurnContext): Promise<ConversationData> {
    return (await this.records.get(context)) ?? emptyConversationData();
  }

  /** Queues replies until the turn's state is written; sends at once outside a turn's commit. */
  private async send(context: TurnContext, activities: Partial<Activity>[]): Promise<void> {
    const outbox = context.turnState.get<Partial<Activity>[] | undefined>(OUTBOX);
    if (outbox) outbox.push(...activities);
    else await context.sendActivities(activities);
  }

  /** Cards everywhere, except configured text-only channels or an activity that asks for text (`channelData.textOnly`). */
  private capabilities(context: TurnContext): ChannelCapabilities {
    const textOnly =
      this.textOnlyChannels.includes(context.activity.channelId) || (context.activity.channelData as { textOnly?: unknown } | undefined)?.textOnly === true;
    return { cards: !textOnly };
  }

  private async welcome(context: TurnContext): Promise<void> {
    const data = await this.data(context);
    await this.apply(context, this.engine.welcome(data, context.activity.locale));
  }

  private async apply(context: TurnContext, result: EngineResult): Promise<void> {
    if (!result.unchanged) await this.records.set(context, result.data);
    context.turnState.get<ReminderDue[] | undefined>(REMINDERS)?.push(...(result.reminders ?? []));
    if (result.replies.length > 0) {
      // The replies' locale is the conversation's, which may differ from the message's after a switch.
      const locale = replyLocale(result.data.locale, context.activity.locale);
      await this.send(
        context,
        renderReplies(result.replies, this.capabilities(context)).map((a) => (locale ? { ...a, locale } : a)),
      );
    }
    if (result.eraseData) eraseAfterTurn(context);
    for (const request of result.handoffs ?? []) {
      const { translator, deskLocale, procedureTitle } = this.handoffText;
      await this.send(context, [handoffInitiation(context, request, translator.forLocale(request.locale), translator.forLocale(deskLocale), procedureTitle)]);
      this.logger.info({ conversationId: context.activity.conversation?.id, reason: request.reason, procedureId: request.procedureId }, 'handoff initiated');
    }
    this.logger.debug({ conversationId: context.activity.conversation?.id, replies: result.replies.length, locale: result.data.locale }, 'turn handled');
  }
}

/** The conversation's language, with the channel's region when it is the same language ("zh" + "zh-CN" → "zh-CN"). */
function replyLocale(conversationLocale: string | undefined, channelLocale: string | undefined): string | undefined {
  if (!conversationLocale) return undefined;
  const sameLanguage = channelLocale?.toLowerCase().split(/[-_]/)[0] === conversationLocale;
  return sameLanguage ? channelLocale : conversationLocale;
}

function toUserMessage(context: TurnContext): UserMessage {
  const activity = context.activity;
  const attachments = activity.attachments?.length ?? 0;
  // A card button pressed in Web Chat arrives as `value` with no text: read its label like typed text.
  const cardAnswer = (activity.value as { answer?: unknown } | undefined)?.answer;
  const text = activity.text || (typeof cardAnswer === 'string' ? cardAnswer.slice(0, MAX_MESSAGE_CHARS) : '');
  return {
    conversationId: deskConversationId(activity),
    text: activity.type === (ActivityTypes.Message as string) ? text : '',
    textWasCut: textWasCut(context),
    attachmentCount: attachments,
    privacyFindings: privacyFindings(context),
    ...(activity.channelId ? { channelId: activity.channelId.slice(0, 40) } : {}),
    ...(activity.locale ? { channelLocale: activity.locale } : {}),
    ...(isGroupConversation(context) ? { inGroup: true } : {}),
    address: TurnContext.getConversationReference(activity),
  };
}

/**
 * The conversation as the desk and tickets know it: the channel and the channel's id, since two
 * channels may use the same conversation id (a user elsewhere must never reach a live agent chat).
 * The channel id is encoded, so no pair of (channel, id) shares a key.
 */
export function deskConversationId(activity: Partial<Activity>): string {
  return `${encodeURIComponent(activity.channelId ?? '')}/${activity.conversation?.id ?? ''}`;
}
