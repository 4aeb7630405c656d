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
