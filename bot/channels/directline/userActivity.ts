import busboy from 'busboy';
import type { Request } from 'express';
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { MAX_JSON_DEPTH, nestedDeeperThan } from '../http/createHttpApp';

/** What a Direct Line user may send, and how much of it. */
const MAX_UPLOAD_FILES = 10;
/** A user's activity as stored (JSON); Web Chat's are well under 4 KB. */
export const MAX_USER_ACTIVITY_BYTES = 32 * 1024;

export const postedActivity = z
  .object({
    type: z.string().min(1).max(64),
    text: z.string().optional(),
    locale: z.string().max(35).optional(),
    value: z.unknown().optional(),
    channelData: z.record(z.string(), z.unknown()).optional(),
    attachments: z.array(z.record(z.string(), z.unknown())).max(MAX_UPLOAD_FILES).optional(),
    from: z.object({ id: z.string().optional(), name: z.string().optional() }).partial().optional(),
    name: z.string().optional(),
  })
  .passthrough()
  // What Web Chat sends. A user cannot speak for the channel or a contact centre: no
  // conversationUpdate, no `handoff.*` event (a forged `handoff.status` would end a live chat).
  .refine((a) => ['message', 'event', 'typing'].includes(a.type) && !(a.type === 'event' && /^handoff\./i.test(a.name ?? '')), {
    message: 'Users may send messages, typing and their own events only.',
  });

export class UploadRefused extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

/** Files are read and dropped; this bounds the time and bandwidth one upload may take. */
const MAX_UPLOAD_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Web Chat uploads files as multipart: an optional "activity" part and one part per file. File
 * contents are read and dropped (the bot cannot use them and must not store them); only name and
 * type are kept. The activity part is held in memory, so it has the same bound as a posted one.
 */
export function readUpload(req: Request): Promise<Partial<Activity>> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: MAX_UPLOAD_FILES + 1, fileSize: MAX_UPLOAD_FILE_BYTES, fields: 0, parts: MAX_UPLOAD_FILES + 1 },
      });
    } catch {
      return reject(new UploadRefused(400, 'Expected a multipart/form-data upload.'));
    }
    let activity: Partial<Activity> = { type: 'message' };
    let refused: UploadRefused | undefined;
    const attachments: Array<{ contentType: string; name: string }> = [];
    parser.on('file', (field, stream, info) => {
      if (field !== 'activity') {
        attachments.push({ contentType: info.mimeType.slice(0, 100), name: (info.filename ?? 'file').slice(0, 200) });
        stream.on('limit', () => (refused = new UploadRefused(413, `Files may be ${MAX_UPLOAD_FILE_BYTES / 1024 / 1024} MB at most.`)));
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_USER_ACTIVITY_BYTES) chunks.push(chunk);
      });
      stream.on('end', () => {
        if (size > MAX_USER_ACTIVITY_BYTES) return void (refused = new UploadRefused(413, 'The activity is too large.'));
        const json = safeJson(Buffer.concat(chunks).toString('utf8'));
        const parsed = postedActivity.safeParse(json);
        if (!parsed.success || nestedDeeperThan(json, MAX_JSON_DEPTH))
          return void (refused = new UploadRefused(400, 'The "activity" part must be an activity.'));
        activity = parsed.data as Partial<Activity>;
      });
    });
    const tooMany = (): void => void (refused = new UploadRefused(413, `At most ${MAX_UPLOAD_FILES} files.`));
    parser.on('filesLimit', tooMany);
    parser.on('partsLimit', tooMany);
    parser.on('error', () => reject(new UploadRefused(400, 'Malformed multipart upload.')));
    parser.on('close', () => (refused ? reject(refused) : resolve({ ...activity, attachments })));
    req.pipe(parser);
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
