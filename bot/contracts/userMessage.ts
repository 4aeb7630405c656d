/** What the privacy filter found and masked in a message. */
export type SensitiveKind = 'cardNumber' | 'verificationCode' | 'password';

/** One incoming message, channel-neutral, after the privacy filter and the length cap. */
export interface UserMessage {
  /** Unique across channels (`deskConversationId`): the desk and tickets key conversations by it. */
  readonly conversationId: string;
  /** Masked and capped. */
  readonly text: string;
  readonly textWasCut: boolean;
  readonly attachmentCount: number;
  readonly privacyFindings: readonly SensitiveKind[];
  /** Which channel it came by (`msteams`, `webchat`, `emulator`…), for the desk lead's figures. */
  readonly channelId?: string;
  /** The channel's locale (`activity.locale`), when it sent one. */
  readonly channelLocale?: string;
  /** A team or group chat: what it holds is several people's, so no one user may delete it. */
  readonly inGroup?: boolean;
  /** How to write to this conversation later (the channel's conversation reference), for the agent hub. Opaque here. */
  readonly address?: unknown;
}

/** The user typed a code or a password (masked): asked about, the message is a question about it. */
export function typedACodeOrPassword(message: Pick<UserMessage, 'privacyFindings'>): boolean {
  return message.privacyFindings.some((kind) => kind === 'verificationCode' || kind === 'password');
}

/** Longer messages are cut to this before anything reads them. */
export const MAX_MESSAGE_CHARS = 2000;
