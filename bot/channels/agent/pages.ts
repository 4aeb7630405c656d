import type { MessageTree } from '../../locales/localeCatalog';

/** The agent console's pages (the console, the desk lead's page): their own scripts and styles only. */
export const PAGE_HEADERS = Object.freeze({
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
});

/**
 * `{{name}}` in a page template, HTML-escaped unless listed as raw (JSON already made safe). A
 * replacer function, so `$&` or `$'` in a translated string is never read as a replacement pattern.
 */
export function fill(template: string, values: Record<string, string>, raw: readonly string[] = []): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => {
    const value = values[name] ?? '';
    return raw.includes(name) ? value : value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  });
}

/** A page whose script reads its words from `{{strings}}`: JSON with `<` escaped, so no string can close the script element. */
export function pageWithStrings(template: string, locale: string, title: string, strings: MessageTree): string {
  return fill(template, { lang: locale, title, strings: JSON.stringify(strings).replace(/</g, '\\u003c') }, ['strings']);
}

/** A string from the locale files (they are strings; anything else shows as nothing). */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
