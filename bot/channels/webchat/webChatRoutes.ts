import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Router } from 'express';
import { webChatPublicDir } from '../../config/paths';
import type { Translator } from '../../locales/translator';

/** Picks a locale folder for the browser's language ("ko-KR" → "ko"). */
export type LocaleResolver = (requested: string | undefined) => string;

/** The local Web Chat page and the Web Chat bundle from the project's own node_modules (no CDN). */
export function createWebChatRoutes(translator: Translator, resolveLocale: LocaleResolver): Router {
  const bundle = join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
  if (!existsSync(bundle)) throw new Error(`Web Chat bundle not found at ${bundle}: run npm install.`);
  const publicDir = webChatPublicDir();
  const router = Router();
  router.get('/', (_req, res) => res.sendFile(join(publicDir, 'index.html')));
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
