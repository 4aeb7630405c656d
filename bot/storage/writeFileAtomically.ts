import { randomUUID } from 'node:crypto';
import { open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes to a temporary file beside `path`, flushes it to disk, renames it into place and flushes
 * the folder: a crash never leaves half a file, and what a caller was told is stored survives a
 * power cut. A kill mid-write can leave the temporary file; `removeUnfinishedWrites` clears those at start.
 */
export async function writeFileAtomically(path: string, content: string): Promise<void> {
  const temp = `${path}.${randomUUID()}.tmp`;
  const file = await open(temp, 'w');
  try {
    await file.writeFile(content, 'utf8');
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temp, path);
  const folder = await open(dirname(path), 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}
