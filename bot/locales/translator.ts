import i18next, { type TFunction } from 'i18next';
import { factVariables } from '../../dialogs/facts';
import type { MessageKey } from '../../dialogs/types';
import { withKoreanParticles } from './koreanParticles';
import type { LocaleCatalog } from './localeCatalog';

/** Renders message keys in one language. Built from `i18n.getFixedT`, never by switching a shared instance. */
export type Translate = (key: MessageKey, params?: Readonly<Record<string, unknown>>) => string;

export interface Translator {
  readonly languages: readonly string[];
  forLocale(locale: string): Translate;
}

/** What a language's rendered text needs after interpolation: Korean picks each particle by the value before it. */
const AFTER_INTERPOLATION: Readonly<Record<string, (text: string) => string>> = { ko: withKoreanParticles };

/** Translators already built, per catalog and fallback: one holds nothing that changes, so all users of a catalog share it. */
const built = new WeakMap<LocaleCatalog, Map<string, Translator>>();

export function createTranslator(catalog: LocaleCatalog, fallbackLocale: string): Translator {
  const byFallback = built.get(catalog) ?? built.set(catalog, new Map()).get(catalog)!;
  const known = byFallback.get(fallbackLocale);
  if (known) return known;
  const translator = buildTranslator(catalog, fallbackLocale);
  byFallback.set(fallbackLocale, translator);
  return translator;
}

function buildTranslator(catalog: LocaleCatalog, fallbackLocale: string): Translator {
  const instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    showSupportNotice: false,
    resources: Object.fromEntries(catalog.languages.map((lng) => [lng, { translation: catalog.messages[lng] }])),
    supportedLngs: [...catalog.languages],
    fallbackLng: fallbackLocale,
    returnNull: false,
    // Facts that change live in one place (dialogs/facts.ts) and reach every string as variables.
    interpolation: { escapeValue: false, defaultVariables: factVariables() },
  });
  instance.services.formatter?.add('datetime', formatDate);
  const perLocale = new Map<string, Translate>();
  const build = (locale: string): Translate => {
    const fixed: TFunction = instance.getFixedT(locale);
    const finish = AFTER_INTERPOLATION[locale] ?? ((text: string) => text);
    // Without parameters a key always renders the same text: keep it (most of a turn's strings).
    const plain = new Map<string, string>();
    return (key, params) => {
      if (params) return finish(String(fixed(key, params as Record<string, unknown>)));
      let text = plain.get(key);
      if (text === undefined) {
        text = finish(String(fixed(key)));
        plain.set(key, text);
      }
      return text;
    };
  };
  return {
    languages: catalog.languages,
    forLocale(locale) {
      let t = perLocale.get(locale);
      if (!t) {
        t = build(locale);
        perLocale.set(locale, t);
      }
      return t;
    },
  };
}

/**
 * i18next's own `datetime` format (Intl.DateTimeFormat), except that French writes the first day
 * of a month as an ordinal, "1er janvier 2017", which Intl has no option for.
 */
function formatDate(value: unknown, lng: string | undefined, options: Intl.DateTimeFormatOptions): string {
  const parts = new Intl.DateTimeFormat(lng, options).formatToParts(value as Date);
  const firstOfMonth = lng?.startsWith('fr') === true && options.dateStyle !== 'short';
  return parts.map((p) => (firstOfMonth && p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}
