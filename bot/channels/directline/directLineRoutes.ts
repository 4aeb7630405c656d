import { Router, type Request, type Response } from 'express';
import type { Activity, ChannelAccount } from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../../logging/logger';
import type { PrivacyFilter } from '../../privacy/privacyFilter';
import { PRIVACY_FINDINGS } from '../../botframework/privacyMiddleware';
import { randomBytes } from 'node:crypto';
import { rateLimit, type Options as RateLimitOptions, type RateLimitRequestHandler } from 'express-rate-limit';
import type { DirectLineConversation, DirectLineHistory } from './directLineHistory';
import type { DirectLineTokens, TokenClaims } from './directLineTokens';
import { MAX_USER_ACTIVITY_BYTES, postedActivity, readUpload, UploadRefused } from './userActivity';

export interface DirectLineOptions {
  readonly store: DirectLineHistory;
  readonly tokens: DirectLineTokens;
  readonly privacy: PrivacyFilter;
  readonly logger: Logger;
  /** Where the bot sends its replies (this server's connector endpoint, on loopback); known once it listens. */
  readonly serviceUrl: () => string;
  readonly botAccount: ChannelAccount;
  /** Runs a user's activity through the bot, in process; resolves when the turn is over. */
  readonly deliverToBot: (activity: Partial<Activity>) => Promise<void>;
  /** Whether a request to the connector endpoint carries this process's own secret. */
  readonly connectorAuthorizes: (authorization: string | undefined) => boolean;
}

export const DIRECT_LINE_CHANNEL_ID = 'webchat';
/** New conversations one address may open per minute (a page load opens one). */
const CONVERSATIONS_PER_MINUTE = 20;
/** Activities one conversation may post per minute: people type a few; every one is scanned, stored and answered. */
const ACTIVITIES_PER_MINUTE = 60;

const startBody = z
  .object({
    user: z
      .object({ id: z.string().max(64).optional() })
      .partial()
      .optional(),
    locale: z.string().max(35).optional(),
  })
  .partial()
  .optional();

/**
 * A Direct Line 3.0-compatible channel for the local Web Chat page, plus the connector endpoint
 * the bot replies to. User activities reach the bot in process (the adapter, its middleware and
 * the turn, as for any channel), and the bot's replies come back through botbuilder's connector
 * client to /v3/conversations, which only this process's bot may call.
 */
export function createDirectLineRoutes(options: DirectLineOptions): Router {
  const { store, privacy, logger, deliverToBot: deliver } = options;
  const router = Router();

  const bearer = (req: Request): string | undefined => /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  /** The request's token checked once, whoever asks first (a rate limit, the route, the reply). */
  const verified = new WeakMap<Request, Promise<TokenClaims | undefined>>();
  const claimsIn = (req: Request): Promise<TokenClaims | undefined> => {
    let claims = verified.get(req);
    if (!claims) verified.set(req, (claims = options.tokens.verify(bearer(req))));
    return claims;
  };
  const refuse = (res: Response): void =>
    void res.status(403).json({ error: { code: 'BadArgument', message: 'Missing, expired or invalid token for this conversation.' } });

  /** The token's claims if it is genuine, unexpired and (when given) for this conversation; answers 403 otherwise. */
  const claimsOf = async (req: Request, res: Response, conversationId?: string): Promise<TokenClaims | undefined> => {
    const claims = await claimsIn(req);
    if (!claims || (conversationId !== undefined && claims.conversationId !== conversationId)) return void refuse(res);
    return claims;
  };

  /** The opened conversation the request's token grants; answers 403 otherwise. */
  const authorized = async (req: Request, res: Response, conversationId?: string): Promise<DirectLineConversation | undefined> => {
    const claims = await claimsOf(req, res, conversationId);
    if (!claims) return undefined;
    const conversation = await store.get(claims.conversationId);
    if (!conversation) return void refuse(res);
    return conversation;
  };

  /** The conversation as Direct Line describes it to the client holding the request's (verified) token. */
  const describe = async (req: Request, conversation: DirectLineConversation): Promise<Record<string, unknown>> => {
    const wsBase = `${req.protocol === 'https' ? 'wss' : 'ws'}://${req.headers.host}`;
    const token = bearer(req) ?? '';
    const claims = await claimsIn(req);
    return {
      conversationId: conversation.id,
      token,
      expires_in: claims ? Math.round((claims.expiresAt - Date.now()) / 1000) : 0,
      streamUrl: `${wsBase}/v3/directline/conversations/${conversation.id}/stream?t=${encodeURIComponent(token)}`,
    };
  };

  const toBot = (conversation: DirectLineConversation, activity: Partial<Activity>): Partial<Activity> => ({
    ...activity,
    channelId: DIRECT_LINE_CHANNEL_ID,
    serviceUrl: options.serviceUrl(),
    conversation: { id: conversation.id, isGroup: false, conversationType: 'personal', name: '' },
    recipient: options.botAccount,
    timestamp: new Date(),
  });

  const receiveFromUser = async (conversation: DirectLineConversation, activity: Partial<Activity>): Promise<string> => {
    // The text is scanned once: its masked form goes everywhere, and what was hidden goes to the bot.
    const { text, ...rest } = activity;
    const scan = typeof text === 'string' ? privacy.scan(text) : undefined;
    const masked = {
      ...privacy.maskDeep({
        ...rest,
        from: { id: conversation.userId, name: activity.from?.name ?? '', role: 'user' },
        locale: activity.locale ?? conversation.locale,
      }),
      ...(scan ? { text: scan.masked } : {}),
    };
    const forBot = toBot(conversation, masked);
    // Sent again (the first went unanswered): the same activity. Answered already, nothing to do;
    // otherwise the bot gets it again, and, keeping the ids whose turns it saved, runs it once.
    const clientId = (activity.channelData as { clientActivityID?: unknown } | undefined)?.clientActivityID;
    const sentBefore = typeof clientId === 'string' && clientId ? await store.findSent(conversation.id, clientId) : undefined;
    if (sentBefore?.answered) return sentBefore.id;
    const id = sentBefore?.id ?? (await store.append(conversation.id, forBot));
    // The bot only sees the masked text: tell it what was hidden, so it can warn the user.
    const found = scan?.found ?? [];
    await deliver({ ...forBot, id, ...(found.length > 0 ? { channelData: { ...(forBot.channelData as object), [PRIVACY_FINDINGS]: found } } : {}) });
    return id;
  };

  const receiveAndAnswer = async (res: Response, conversation: DirectLineConversation, activity: Partial<Activity>): Promise<void> => {
    try {
      res.json({ id: await receiveFromUser(conversation, activity) });
    } catch (error) {
      logger.error({ err: error, conversationId: conversation.id }, 'direct line: bot did not accept the activity');
      res.status(502).json({ error: { code: 'BotError', message: 'The bot could not process the activity.' } });
    }
  };

  /** Tells the bot the user joined. Channel-to-bot only: it is not part of the history clients see. */
  const announceUser = async (conversation: DirectLineConversation, locale: string | undefined): Promise<void> => {
    await deliver(
      toBot(conversation, {
        type: 'conversationUpdate',
        id: `${conversation.id}|join`,
        membersAdded: [{ id: conversation.userId, name: '' }],
        from: { id: conversation.userId, name: '', role: 'user' },
        ...(locale ? { locale } : {}),
      }),
    );
  };

  // Issuing a token stores nothing (it is signed); opening the conversation is what stores, and is rate-limited.
  router.post('/v3/directline/tokens/generate', async (req, res) => {
    const body = startBody.safeParse(req.body);
    if (!body.success) return void res.status(400).json({ error: { code: 'BadArgument', message: 'Invalid body.' } });
    const conversationId = randomBytes(12).toString('base64url');
    const requestedUser = body.data?.user?.id;
    // A user may not take the bot's id: transcripts would show their words as the bot's.
    const acceptable = requestedUser && /^[\w.@:-]{1,64}$/.test(requestedUser) && requestedUser.toLowerCase() !== options.botAccount.id.toLowerCase();
    const userId = acceptable ? requestedUser : `dl_${randomBytes(8).toString('hex')}`;
    const locale = body.data?.locale;
    const { token, expiresInSeconds } = await options.tokens.issue({ conversationId, userId, ...(locale ? { locale } : {}) });
    res.json({ conversationId, token, expires_in: expiresInSeconds });
  });

  router.post('/v3/directline/tokens/refresh', async (req, res) => {
    const claims = await claimsOf(req, res);
    if (!claims) return;
    const { token, expiresInSeconds } = await options.tokens.issue(claims);
    res.json({ conversationId: claims.conversationId, token, expires_in: expiresInSeconds });
  });

  // Only opening a new conversation counts against the limit; resuming one does not.
  const openLimit = perMinute(CONVERSATIONS_PER_MINUTE, 'Too many new conversations from this address; try again in a minute.', {
    skip: async (req) => {
      const claims = await claimsIn(req);
      return !claims || (await store.get(claims.conversationId)) !== undefined;
    },
  });
  router.post('/v3/directline/conversations', openLimit, async (req, res) => {
    const claims = await claimsOf(req, res);
    if (!claims) return;
    const conversation = await store.open(claims.conversationId, claims.userId, claims.locale);
    res.status(201).json(await describe(req, conversation));
    if (await store.markStarted(conversation.id)) {
      const body = startBody.safeParse(req.body);
      const locale = (body.success ? body.data?.locale : undefined) ?? conversation.locale;
      announceUser(conversation, locale).catch((error) => logger.error({ err: error }, 'direct line: conversationUpdate not delivered'));
    }
  });

  router.get('/v3/directline/conversations/:conversationId', async (req, res) => {
    const conversation = await authorized(req, res, req.params.conversationId);
    if (conversation) res.json(await describe(req, conversation));
  });

  router.get('/v3/directline/conversations/:conversationId/activities', async (req, res) => {
    const conversation = await authorized(req, res, req.params.conversationId);
    if (conversation) res.json(await store.since(conversation, typeof req.query.watermark === 'string' ? req.query.watermark : undefined));
  });

  const postLimit = perMinute(ACTIVITIES_PER_MINUTE, 'Too many activities in this conversation; wait a moment.', {
    keyGenerator: (req) => String(req.params.conversationId),
    // Only the conversation's own token counts: a stranger must not use up someone else's allowance.
    skip: async (req) => (await claimsIn(req))?.conversationId !== req.params.conversationId,
  });
  router.post('/v3/directline/conversations/:conversationId/activities', postLimit, async (req, res) => {
    const conversation = await authorized(req, res, String(req.params.conversationId));
    if (!conversation) return;
    if (Buffer.byteLength(JSON.stringify(req.body)) > MAX_USER_ACTIVITY_BYTES) {
      return void res.status(413).json({ error: { code: 'BadArgument', message: 'The activity is too large.' } });
    }
    const parsed = postedActivity.safeParse(req.body);
    if (!parsed.success) {
      return void res.status(400).json({ error: { code: 'BadArgument', message: 'The body must be an activity with a "type".' } });
    }
    await receiveAndAnswer(res, conversation, parsed.data as Partial<Activity>);
  });

  router.post('/v3/directline/conversations/:conversationId/upload', postLimit, async (req, res) => {
    const conversation = await authorized(req, res, String(req.params.conversationId));
    if (!conversation) return;
    let activity: Partial<Activity>;
    try {
      activity = await readUpload(req);
    } catch (error) {
      const refused = error instanceof UploadRefused ? error : new UploadRefused(400, 'Malformed upload.');
      return void res.status(refused.status).json({ error: { code: 'BadArgument', message: refused.message } });
    }
    await receiveAndAnswer(res, conversation, activity);
  });

  // The connector side: where the bot sends its replies (serviceUrl + /v3/conversations/...).
  // Only this process's bot holds the secret: nobody else may speak in a conversation as the bot.
  router.use('/v3/conversations', (req, res, next) =>
    options.connectorAuthorizes(req.headers.authorization)
      ? next()
      : void res.status(401).json({ error: { code: 'Unauthorized', message: 'Only the bot may write to its conversations.' } }),
  );
  const fromBot = async (req: Request, res: Response): Promise<void> => {
    const conversation = await store.get(String(req.params.conversationId));
    if (!conversation) return void res.status(404).json({ error: { code: 'ConversationNotFound', message: 'Unknown conversation.' } });
    const body = req.body as Partial<Activity> | undefined;
    if (typeof body?.type !== 'string') return void res.status(400).json({ error: { code: 'BadArgument', message: 'Activity type missing.' } });
    // The bot's own messages are not masked: they never echo user input, and masking would garble
    // sentences that merely mention a password ("비밀번호는 사용하지 마세요").
    const activity: Partial<Activity> = { ...body, conversation: { id: conversation.id } as Activity['conversation'], timestamp: new Date() };
    res.json({ id: await store.append(conversation.id, activity) });
  };
  router.post('/v3/conversations/:conversationId/activities', fromBot);
  router.post('/v3/conversations/:conversationId/activities/:replyToId', fromBot);
  router.put('/v3/conversations/:conversationId/activities/:activityId', async (req, res) => {
    const ok = await store.replace(String(req.params.conversationId), String(req.params.activityId), req.body as Partial<Activity>);
    if (ok) res.json({ id: req.params.activityId });
    else res.status(404).json({ error: { code: 'ActivityNotFound', message: 'Unknown activity.' } });
  });

  return router;
}

/** A per-minute limit answered like every other Direct Line error, with the standard RateLimit headers. */
function perMinute(limit: number, message: string, options: Partial<RateLimitOptions>): RateLimitRequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    message: { error: { code: 'TooManyRequests', message } },
    ...options,
  });
}
