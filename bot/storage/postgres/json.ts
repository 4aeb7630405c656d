/** Half of a surrogate pair without its other half: valid in a JS string, refused by jsonb. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A value as JSON text for a jsonb column. jsonb refuses U+0000 and lone surrogates, which a user
 * can type or an activity carry: U+0000 is dropped, a lone surrogate becomes U+FFFD (what a
 * browser shows for it anyway). One refused string would otherwise make every write of its record fail.
 */
export function toJsonb(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'string' ? item.replaceAll('\u0000', '').replace(LONE_SURROGATE, '\uFFFD') : item));
}
