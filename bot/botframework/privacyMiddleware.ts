import type { Middleware, TurnContext } from 'botbuilder';
import { MAX_MESSAGE_CHARS } from '../contracts/userMessage';
import type { PrivacyFilter, SensitiveKind } from '../privacy/privacyFilter';

const FINDINGS = Symbol('privacyFindings');
const KINDS: readonly SensitiveKind[] = ['cardNumber', 'verificationCode', 'password'];

/** `channelData` field where a channel that masks before the bot (the local Direct Line) says what it hid. */
export const PRIVACY_FINDINGS = 'privacyFindings';
const CUT = Symbol('textWasCut');

/**
 * First middleware of every turn: cuts over-long text and masks card numbers, codes and passwords
 * in the incoming activity, so nothing downstream (state, logs, transcripts, agents) sees them.
 */
export class PrivacyMiddleware implements Middleware {
  constructor(private readonly privacy: PrivacyFilter) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    if (typeof activity.text === 'string') {
      const cut = activity.text.length > MAX_MESSAGE_CHARS;
      const scan = this.privacy.scan(cut ? activity.text.slice(0, MAX_MESSAGE_CHARS) : activity.text);
      activity.text = scan.masked;
      const hidden = (activity.channelData as Record<string, unknown> | undefined)?.[PRIVACY_FINDINGS];
      const byChannel = Array.isArray(hidden) ? KINDS.filter((kind) => hidden.includes(kind)) : [];
      context.turnState.set(FINDINGS, [...new Set([...scan.found, ...byChannel])]);
      context.turnState.set(CUT, cut);
    }
    if (activity.value !== undefined) activity.value = this.privacy.maskDeep<unknown>(activity.value);
    // Names are typed by people too ("Ana 4111 1111 1111 1111"), and reach the desk and transcripts.
    if (typeof activity.from?.name === 'string') activity.from.name = this.privacy.scan(activity.from.name).masked;
    if (typeof activity.conversation?.name === 'string') activity.conversation.name = this.privacy.scan(activity.conversation.name).masked;
    await next();
  }
}

export function privacyFindings(context: TurnContext): readonly SensitiveKind[] {
  return context.turnState.get<SensitiveKind[] | undefined>(FINDINGS) ?? [];
}

export function textWasCut(context: TurnContext): boolean {
  return context.turnState.get(CUT) === true;
}
