/**
 * A write refused because the item changed since it was read. The message is MemoryStorage's, so
 * one test (`isETagConflict`) recognises the refusal whichever storage made it.
 */
export class ETagConflictError extends Error {
  override readonly name = 'ETagConflictError';

  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
  }
}

export function isETagConflict(error: unknown): boolean {
  return error instanceof ETagConflictError || (error instanceof Error && /due to eTag conflict/.test(error.message));
}

/**
 * An eTag no stored item ever has. Written with it, an item is created only where its key is
 * missing, and refused (ETagConflictError) where another writer created it first: MemoryStorage,
 * FileStorage and PostgresStorage all write a missing key whatever the eTag, and refuse a present
 * one whose eTag differs. What two instances create at once (a signing key, a new conversation's
 * record) is then created once.
 */
export const CREATE_ONLY = 'create-only';
