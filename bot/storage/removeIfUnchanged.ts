import { rm, stat } from 'node:fs/promises';

/**
 * Deletes `path` when it was last written before `before`; true when it did. Callers run it under
 * the lock their writes take, so a file written a moment ago is never deleted by a retention sweep.
 */
export async function removeIfUnchangedSince(path: string, before: Date): Promise<boolean> {
  const modified = await stat(path).then(
    (s) => s.mtime,
    () => undefined,
  );
  if (!modified || modified >= before) return false;
  await rm(path, { force: true });
  return true;
}
