import i18next, { type TFunction } from 'i18next';
import { FACTS } from '../../dialogs/facts';
import type { LocaleCatalog } from '../locales/localeCatalog';

/** Renders message keys in one language. Built from `i18n.getFixedT`, never by switching a shared instance. */
export type Translate = (key: string, params?: Readonly<Record<string, unknown>>) => string;

export interface Translator {
  readonly languages: readonly string[];
  forLocale(locale: string): Translate;
}

export function createTranslator(catalog: LocaleCatalog, fallbackLocale: string): Translator {
  const instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    showSupportNotice: false,
    resources: Object.fromEntries(catalog.languages.map((lng) => [lng, { translation: catalog.messages[lng] }])),
    supportedLngs: [...catalog.languages],
    fallbackLng: fallbackLocale,
    returnNull: false,
    // Facts that change live in one place (dialogs/facts.ts) and reach every string as variables.
    interpolation: { escapeValue: false, defaultVariables: { ...FACTS } },
  });
  const cache = new Map<string, TFunction>();
  return {
    languages: catalog.languages,
    forLocale(locale) {
      let t = cache.get(locale);
      if (!t) {
        t = instance.getFixedT(locale);
        cache.set(locale, t);
      }
      const fixed = t;
      return (key, params) => String(fixed(key, params as Record<string, unknown>));
    },
  };
}
