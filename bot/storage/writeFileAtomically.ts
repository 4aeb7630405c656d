import { randomUUID } from 'node:crypto';
import { rename, writeFile } from 'node:fs/promises';

/** Writes to a temporary file beside `path` and renames it into place: a crash never leaves half a file. */
export async function writeFileAtomically(path: string, content: string): Promise<void> {
  const temp = `${path}.${randomUUID()}.tmp`;
  await writeFile(temp, content, 'utf8');
  await rename(temp, path);
}
