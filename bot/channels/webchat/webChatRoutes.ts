import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Router } from 'express';
import { webChatPublicDir } from '../../config/paths';
import type { Translator } from '../../locales/translator';

/** Picks a locale folder for the browser's language ("ko-KR" → "ko"). */
export type LocaleResolver = (requested: string | undefined) => string;

/**
 * The page's Content-Security-Policy: scripts only from this server (no inline script), replies and
 * the stream only to this server, no image from anywhere else (a message cannot make the browser
 * fetch a remote image, a tracking pixel), and no framing by another site. Web Chat inserts its
 * styles at run time, hence inline styles.
 */
export const WEB_CHAT_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' blob:",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const PAGE_HEADERS = { 'content-security-policy': WEB_CHAT_POLICY, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };

/** The local Web Chat page and the Web Chat bundle from the project's own node_modules (no CDN). */
export function createWebChatRoutes(translator: Translator, resolveLocale: LocaleResolver): Router {
  const bundle = join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
  if (!existsSync(bundle)) throw new Error(`Web Chat bundle not found at ${bundle}: run npm install.`);
  const publicDir = webChatPublicDir();
  const router = Router();
  router.get('/', (_req, res) => res.set(PAGE_HEADERS).sendFile(join(publicDir, 'index.html')));
  router.get('/webchat/webchat.js', (_req, res) => res.sendFile(bundle, { maxAge: '1d' }));
  router.get('/webchat/page.js', (_req, res) => res.sendFile(join(publicDir, 'page.js')));
  // The page's own words (title, buttons), in the browser's language.
  router.get('/webchat/strings', (req, res) => {
    const locale = resolveLocale(typeof req.query.locale === 'string' ? req.query.locale : undefined);
    const t = translator.forLocale(locale);
    res.json({ locale, title: t('webchat.title'), newConversation: t('webchat.newConversation') });
  });
  return router;
}
