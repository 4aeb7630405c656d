import busboy from 'busboy';
import { Router, type Request, type Response } from 'express';
import type { Activity, ChannelAccount } from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../../logging/logger';
import type { PrivacyFilter } from '../../privacy/privacyFilter';
import { PRIVACY_FINDINGS } from '../../botframework/privacyMiddleware';
import type { DirectLineConversation, DirectLineStore } from './directLineStore';

export interface DirectLineOptions {
  readonly store: DirectLineStore;
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
const TOKEN_LIFETIME_SECONDS = 3600;
const MAX_UPLOAD_FILES = 10;

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

const postedActivity = z
  .object({
    type: z.string().min(1).max(64),
    text: z.string().optional(),
    locale: z.string().max(35).optional(),
    value: z.unknown().optional(),
    channelData: z.record(z.string(), z.unknown()).optional(),
    attachments: z.array(z.record(z.string(), z.unknown())).max(MAX_UPLOAD_FILES).optional(),
    from: z.object({ id: z.string().optional(), name: z.string().optional() }).partial().optional(),
    name: z.string().optional(),
  })
  .passthrough()
  // What Web Chat sends. A user cannot speak for the channel or a contact centre: no
  // conversationUpdate, no `handoff.*` event (a forged `handoff.status` would end a live chat).
  .refine((a) => ['message', 'event', 'typing'].includes(a.type) && !(a.type === 'event' && /^handoff\./i.test(a.name ?? '')), {
    message: 'Users may send messages, typing and their own events only.',
  });

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

  /** Resolves the conversation from the bearer token; answers 403 and returns undefined otherwise. */
  const authorized = async (req: Request, res: Response, conversationId?: string): Promise<DirectLineConversation | undefined> => {
    const conversation = await store.byToken(bearer(req));
    if (!conversation || (conversationId !== undefined && conversation.id !== conversationId)) {
      res.status(403).json({ error: { code: 'BadArgument', message: 'Missing or invalid token for this conversation.' } });
      return undefined;
    }
    return conversation;
  };

  const describe = (req: Request, conversation: DirectLineConversation): Record<string, unknown> => {
    const wsBase = `${req.protocol === 'https' ? 'wss' : 'ws'}://${req.headers.host}`;
    return {
      conversationId: conversation.id,
      token: conversation.token,
      expires_in: TOKEN_LIFETIME_SECONDS,
      streamUrl: `${wsBase}/v3/directline/conversations/${conversation.id}/stream?t=${encodeURIComponent(conversation.token)}`,
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
    const id = await store.append(conversation.id, forBot);
    // The bot only sees the masked text: tell it what was hidden, so it can warn the user.
    const found = scan?.found ?? [];
    await deliver({ ...forBot, id, ...(found.length > 0 ? { channelData: { ...(forBot.channelData as object), [PRIVACY_FINDINGS]: found } } : {}) });
    return id;
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

  router.post('/v3/directline/tokens/generate', async (req, res) => {
    const body = startBody.safeParse(req.body);
    if (!body.success) return void res.status(400).json({ error: { code: 'BadArgument', message: 'Invalid body.' } });
    const conversation = await store.create(body.data?.user?.id, body.data?.locale);
    res.json({ conversationId: conversation.id, token: conversation.token, expires_in: TOKEN_LIFETIME_SECONDS });
  });

  router.post('/v3/directline/tokens/refresh', async (req, res) => {
    const conversation = await authorized(req, res);
    if (conversation) res.json({ conversationId: conversation.id, token: conversation.token, expires_in: TOKEN_LIFETIME_SECONDS });
  });

  router.post('/v3/directline/conversations', async (req, res) => {
    const conversation = await authorized(req, res);
    if (!conversation) return;
    res.status(201).json(describe(req, conversation));
    if (await store.markStarted(conversation.id)) {
      const body = startBody.safeParse(req.body);
      const locale = (body.success ? body.data?.locale : undefined) ?? conversation.locale;
      announceUser(conversation, locale).catch((error) => logger.error({ err: error }, 'direct line: conversationUpdate not delivered'));
    }
  });

  router.get('/v3/directline/conversations/:conversationId', async (req, res) => {
    const conversation = await authorized(req, res, req.params.conversationId);
    if (conversation) res.json(describe(req, conversation));
  });

  router.get('/v3/directline/conversations/:conversationId/activities', async (req, res) => {
    const conversation = await authorized(req, res, req.params.conversationId);
    if (conversation) res.json(store.since(conversation, typeof req.query.watermark === 'string' ? req.query.watermark : undefined));
  });

  router.post('/v3/directline/conversations/:conversationId/activities', async (req, res) => {
    const conversation = await authorized(req, res, req.params.conversationId);
    if (!conversation) return;
    const parsed = postedActivity.safeParse(req.body);
    if (!parsed.success) {
      return void res.status(400).json({ error: { code: 'BadArgument', message: 'The body must be an activity with a "type".' } });
    }
    try {
      res.json({ id: await receiveFromUser(conversation, parsed.data as Partial<Activity>) });
    } catch (error) {
      logger.error({ err: error, conversationId: conversation.id }, 'direct line: bot did not accept the activity');
      res.status(502).json({ error: { code: 'BotError', message: 'The bot could not process the activity.' } });
    }
  });

  router.post('/v3/directline/conversations/:conversationId/upload', async (req, res) => {
    const conversation = await authorized(req, res, req.params.conversationId);
    if (!conversation) return;
    try {
      const activity = await readUpload(req);
      res.json({ id: await receiveFromUser(conversation, activity) });
    } catch (error) {
      res.status(400).json({ error: { code: 'BadArgument', message: (error as Error).message } });
    }
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

/**
 * Web Chat uploads files as multipart: an optional "activity" part and one part per file. File
 * contents are read and dropped (the bot cannot use them and must not store them); only name and type are kept.
 */
function readUpload(req: Request): Promise<Partial<Activity>> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: MAX_UPLOAD_FILES, fileSize: 10 * 1024 * 1024 } });
    } catch {
      return reject(new Error('Expected a multipart/form-data upload.'));
    }
    let activity: Partial<Activity> = { type: 'message' };
    const attachments: Array<{ contentType: string; name: string }> = [];
    parser.on('file', (field, stream, info) => {
      if (field === 'activity') {
        let json = '';
        stream.on('data', (chunk: Buffer) => (json += chunk.toString('utf8')));
        stream.on('end', () => {
          const parsed = postedActivity.safeParse(safeJson(json));
          if (parsed.success) activity = parsed.data as Partial<Activity>;
        });
        return;
      }
      attachments.push({ contentType: info.mimeType, name: info.filename ?? 'file' });
      stream.resume();
    });
    parser.on('error', reject);
    parser.on('close', () => resolve({ ...activity, attachments }));
    req.pipe(parser);
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
