/**
 * A value as JSON text for a jsonb column. jsonb cannot hold U+0000, which a user can type or an
 * activity can carry: it is dropped from strings (nothing a person means needs it).
 */
export function toJsonb(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'string' && item.includes('\u0000') ? item.replaceAll('\u0000', '') : item));
}
