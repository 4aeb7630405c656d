import express, { type ErrorRequestHandler, type Express } from 'express';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../../logging/logger';

export interface HttpAppOptions {
  readonly adapter: CloudAdapter;
  readonly runTurn: (context: TurnContext) => Promise<void>;
  /** Whether a serviceUrl is this server's own connector, which no outside channel may name. */
  readonly isOwnServiceUrl: (url: string) => boolean;
  readonly logger: Logger;
  readonly routers: readonly express.Router[];
  /** Whether the server can do its work now (storage answers); /readyz reports it. */
  readonly readiness?: { check(): Promise<boolean> };
  /** False until the start-up warm-up has run: /readyz waits for it, so the first user in any language gets a warm turn. */
  readonly warmedUp?: () => boolean;
  /** Express's `trust proxy` (config TRUST_PROXY); false when not given. */
  readonly trustProxy?: boolean | number | string;
}

/** Messages larger than this are refused (413); 100 KB messages still get in and get a polite reply. */
const MAX_BODY = '1mb';

/**
 * Where the bot will POST its replies: http(s), no credentials, no query or fragment. A sender
 * could otherwise aim the reply at any path of any host it likes ("…/admin/purge?x=" swallows
 * the "/v3/conversations/…" the bot appends). Channels' own service URLs (with a path prefix
 * such as Teams' "/amer/") pass.
 */
const serviceUrl = z
  .string()
  .url()
  .refine((value) => {
    // zod runs refinements even when .url() already failed: a value that is no URL at all is refused here too.
    if (!URL.canParse(value)) return false;
    const url = new URL(value);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      !url.username &&
      !url.password &&
      !url.search &&
      !url.hash &&
      !value.includes('?') &&
      !value.includes('#')
    );
  }, 'must be an http(s) URL without credentials, query or fragment');

const member = z.object({ id: z.string() }).passthrough();

/** What every Bot Framework activity must carry before the adapter sees it (wrong types would crash the turn). */
const incomingActivity = z.object({
  type: z.string().min(1),
  channelId: z.string().min(1),
  serviceUrl,
  conversation: z.object({ id: z.string().min(1) }),
  from: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  text: z.string().optional(),
  locale: z.string().max(35).optional(),
  membersAdded: z.array(member).optional(),
  membersRemoved: z.array(member).optional(),
});

/**
 * The HTTP surface: /api/messages (Bot Framework channels and the Emulator), /healthz, and
 * whatever routers the channels add (Direct Line, the Web Chat page). Malformed requests get a
 * 4xx with a reason; nothing a request does can stop the server.
 */
export function createHttpApp({ adapter, runTurn, isOwnServiceUrl, logger, routers, readiness, warmedUp, trustProxy = false }: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  app.use(express.json({ limit: MAX_BODY }));
  // A small body can nest thousands deep; stored, it would break every later read of the conversation.
  app.use((req, res, next) => (nestedDeeperThan(req.body, MAX_JSON_DEPTH) ? void res.status(400).json({ error: 'The body is nested too deeply.' }) : next()));

  // Liveness: the process answers. Readiness: it has warmed up and can store what it acknowledges
  // (a load balancer sends no users before, and stops while storage fails, without a restart).
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (warmedUp && !warmedUp()) return void res.status(503).json({ status: 'starting' });
    const ready = readiness ? await readiness.check() : true;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable' });
  });

  app.post('/api/messages', async (req, res) => {
    const check = incomingActivity.safeParse(req.body);
    if (!check.success) {
      const problem = check.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
      return void res.status(400).json({ error: `Not a Bot Framework activity (${problem}).` });
    }
    // Replies to this server's own connector would be signed with its secret, into a Web Chat conversation.
    if (isOwnServiceUrl(check.data.serviceUrl)) return void res.status(400).json({ error: "serviceUrl: must be the channel's, not this server." });
    await adapter.process(req, res, runTurn);
  });
  app.all('/api/messages', (_req, res) => {
    res.status(405).set('allow', 'POST').json({ error: 'Use POST.' });
  });

  for (const router of routers) app.use(router);

  app.use((_req, res) => {
    res.status(404).json({ error: 'Not found.' });
  });

  const onError: ErrorRequestHandler = (thrown: unknown, _req, res, _next) => {
    // body-parser's errors carry a 4xx `status` and a `type`; anything else is ours, and internal.
    const error = (thrown ?? {}) as { status?: unknown; type?: unknown; message?: unknown };
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: thrown }, 'request failed');
    const message =
      status === 500
        ? 'Internal error.'
        : error.type === 'entity.parse.failed'
          ? 'Malformed JSON.'
          : typeof error.message === 'string'
            ? error.message
            : 'Bad request.';
    if (!res.headersSent) res.status(status).json({ error: message });
  };
  app.use(onError);
  return app;
}

/** Activities nest a few levels (cards, channel data); nothing legitimate comes near this. */
export const MAX_JSON_DEPTH = 32;

/** Whether `value` holds objects or arrays nested deeper than `limit`, checked without recursion. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current as Record<string, unknown>)) stack.push([child, depth + 1]);
  }
  return false;
}
