import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import { projectRoot } from '../../config/paths';
import type { AgentHub } from '../../handoff/hub/agentHub';
import { HubError, type HubRefusal } from '../../handoff/hub/hubError';
import type { Logger } from '../../logging/logger';
import type { MessageTree } from '../../locales/localeCatalog';
import { hostOf } from '../http/origin';
import { readCookie, SESSION_COOKIE, type AgentAuth, type Authentication } from './agentAuth';
import { createDeskRoutes, type DeskRoutesOptions } from './deskRoutes';
import { asText, fill, PAGE_HEADERS, pageWithStrings } from './pages';

export interface AgentRoutesOptions {
  readonly hub: AgentHub;
  readonly auth: AgentAuth;
  readonly logger: Logger;
  /** The console's words in a language (`locales/<lng>/agent.json`). */
  readonly strings: (locale: string) => MessageTree;
  /** The agent's browser language → a locale folder. */
  readonly resolveLocale: (requested: readonly string[]) => string;
  /** Whether the cookie needs `Secure` (served over https). */
  readonly secureCookies: boolean;
  /** The desk lead's figures (`/agent/desk`), for agents in DESK_LEADS. */
  readonly desk?: Pick<DeskRoutesOptions, 'outcomes' | 'order' | 'labels' | 'now'>;
}

export const agentPublicDir = (): string => join(projectRoot(), 'bot', 'channels', 'agent', 'public');

/** The language an agent picked in the console (set by the page's language menu); the browser's languages otherwise. */
export const LANGUAGE_COOKIE = 'agent_lang';

const MAX_TEXT = 4000;

const statusBody = z.object({ status: z.enum(['available', 'away']) });
const messageBody = z.object({ text: z.string().min(1).max(MAX_TEXT) });
const transferBody = z.object({ to: z.string().min(1).optional() });

type AgentRequest = Request & { agent?: string };

/**
 * The agent console: `/agent` (sign-in, then the console page), its script and style, and the
 * JSON API the page calls. Nothing but the sign-in form is served without an agent token or
 * session; every refusal is a 401.
 */
export function createAgentRoutes(options: AgentRoutesOptions): Router {
  const { hub, auth } = options;
  const router = Router();
  const dir = agentPublicDir();
  const consoleTemplate = readFileSync(join(dir, 'console.html'), 'utf8');
  const signInTemplate = readFileSync(join(dir, 'signIn.html'), 'utf8');

  const localeOf = (req: Request): string => {
    const chosen = readCookie(req.headers.cookie, LANGUAGE_COOKIE);
    return options.resolveLocale([...(chosen && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(chosen) ? [chosen] : []), ...req.acceptsLanguages()]);
  };
  const signInPage = (req: Request, res: Response, status: number, errorKey?: 'wrong' | 'tooMany'): void => {
    const locale = localeOf(req);
    const strings = options.strings(locale);
    const signIn = strings.signIn as MessageTree;
    res
      .status(status)
      .type('html')
      .set({ ...PAGE_HEADERS, 'content-security-policy': SIGN_IN_POLICY })
      .send(
        fill(signInTemplate, {
          lang: locale,
          title: asText(strings.title),
          heading: asText(signIn.heading),
          token: asText(signIn.token),
          submit: asText(signIn.submit),
          error: errorKey ? asText(signIn[errorKey]) : '',
        }),
      );
  };

  const authenticated = (req: Request): Authentication => auth.authenticate(req, req.ip ?? 'unknown');
  const tooMany = (res: Response, result: Authentication): Response =>
    res.status(429).set('retry-after', String('retryAfterSeconds' in result ? (result.retryAfterSeconds ?? 60) : 60));

  const requireAgent = (req: AgentRequest, res: Response, next: NextFunction): void => {
    const result = authenticated(req);
    if ('agent' in result) {
      req.agent = result.agent;
      return next();
    }
    if (result.refused === 'tooMany') return void tooMany(res, result).json({ error: 'Too many wrong tokens from this address; wait and try again.' });
    res.status(401).set('www-authenticate', 'Bearer').json({ error: 'Sign in with an agent token.' });
  };

  /** Sign-in and sign-out change who is signed in: only this site's own pages may ask (no login or logout CSRF). */
  const sameSite = (req: Request, res: Response, next: NextFunction): void => {
    // Browsers send Sec-Fetch-Site whatever the referrer policy (under "no-referrer" a same-site
    // form's Origin is "null"); Origin is the fallback for browsers without it.
    const site = req.headers['sec-fetch-site'];
    const origin = req.headers.origin;
    const allowed = site !== undefined ? site === 'same-origin' || site === 'none' : origin === undefined || hostOf(origin) === req.headers.host;
    if (!allowed) return void res.status(403).json({ error: 'Cross-site request refused.' });
    next();
  };

  router.get('/agent', (req: AgentRequest, res) => {
    const result = authenticated(req);
    const agent = 'agent' in result ? result.agent : undefined;
    if (!agent) return signInPage(req, res, 401);
    const locale = localeOf(req);
    const strings = options.strings(locale);
    res
      .type('html')
      .set(PAGE_HEADERS)
      .send(pageWithStrings(consoleTemplate, locale, asText(strings.title), strings));
  });

  router.post('/agent/login', sameSite, express.urlencoded({ extended: false, limit: '4kb' }), (req, res) => {
    const sent = (req.body as { token?: unknown } | undefined)?.token;
    const result = auth.signIn(typeof sent === 'string' ? sent.trim() : '', req.ip ?? 'unknown');
    if (!('agent' in result)) {
      options.logger.warn({ address: req.ip, refused: result.refused }, 'agent sign-in refused');
      if (result.refused === 'tooMany') tooMany(res, result);
      return signInPage(req, res, result.refused === 'tooMany' ? 429 : 401, result.refused === 'tooMany' ? 'tooMany' : 'wrong');
    }
    const session = auth.sessionFor(result.agent);
    res.cookie(SESSION_COOKIE, session.value, { httpOnly: true, sameSite: 'strict', path: '/agent', maxAge: session.maxAgeMs, secure: options.secureCookies });
    options.logger.info({ agent: result.agent }, 'agent signed in');
    res.redirect(303, '/agent');
  });

  // Signing out ends the agent's sessions on the server too: a copied cookie stops working.
  router.post('/agent/logout', sameSite, requireAgent, async (req: AgentRequest, res) => {
    await auth.revokeSessions(req.agent!);
    options.logger.info({ agent: req.agent }, 'agent signed out');
    res.clearCookie(SESSION_COOKIE, { path: '/agent' });
    res.redirect(303, '/agent');
  });

  router.get('/agent/console.js', requireAgent, (_req, res) => res.type('js').sendFile(join(dir, 'console.js')));
  router.get('/agent/console.css', requireAgent, (_req, res) => res.type('css').sendFile(join(dir, 'console.css')));
  router.get('/agent/language.js', requireAgent, (_req, res) => res.type('js').sendFile(join(dir, 'language.js')));

  if (options.desk) router.use(createDeskRoutes({ ...options.desk, auth, strings: options.strings, localeOf }, requireAgent, dir));

  const api = Router();
  api.use(requireAgent);
  // Cookie-authenticated writes must be JSON: a form on another site cannot send that without CORS, which is never allowed here.
  api.use((req, res, next) => (req.method === 'POST' && !req.is('application/json') ? void res.status(415).json({ error: 'Send JSON.' }) : next()));
  api.get('/view', (req: AgentRequest, res) => void res.json(hub.view(req.agent!)));
  api.post(
    '/status',
    handle(async (req) => hub.setStatus(req.agent!, statusBody.parse(req.body).status)),
  );
  api.post(
    '/conversations/:id/accept',
    handle(async (req) => hub.accept(req.agent!, String(req.params.id))),
  );
  api.post(
    '/conversations/:id/messages',
    handle(async (req) => hub.send(req.agent!, String(req.params.id), messageBody.parse(req.body).text)),
  );
  api.post(
    '/conversations/:id/end',
    handle(async (req) => hub.end(req.agent!, String(req.params.id))),
  );
  api.post(
    '/conversations/:id/transfer',
    handle(async (req) => hub.transfer(req.agent!, String(req.params.id), transferBody.parse(req.body ?? {}).to)),
  );
  api.post(
    '/tickets/:id/close',
    handle(async (req) => hub.closeTicket(req.agent!, String(req.params.id))),
  );
  api.use((_req, res) => void res.status(404).json({ error: 'Not found.' }));
  router.use('/agent/api', api);

  // Anything else under /agent: refused before it is even looked up.
  router.use('/agent', requireAgent, (_req, res) => void res.status(404).json({ error: 'Not found.' }));
  return router;
}

/** The HTTP status for each of the hub's refusals. */
const REFUSAL_STATUS: Readonly<Record<HubRefusal, number>> = { notFound: 404, notYours: 403, alreadyTaken: 409, invalid: 400 };

/** Runs an agent action and answers 204, or the hub's refusal (404/403/409/400) with its reason. */
function handle(action: (req: AgentRequest) => Promise<void>) {
  return async (req: AgentRequest, res: Response): Promise<void> => {
    try {
      await action(req);
      res.status(204).end();
    } catch (error) {
      if (error instanceof HubError) return void res.status(REFUSAL_STATUS[error.refusal]).json({ error: error.message });
      if (error instanceof z.ZodError)
        return void res.status(400).json({ error: error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') });
      throw error;
    }
  };
}

/** The sign-in page runs no script at all; its few styles are inline. */
const SIGN_IN_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
