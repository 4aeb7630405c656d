import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { CREATE_ONLY, isETagConflict } from '../../storage/eTagConflict';

/** What a Direct Line token grants: one conversation, as one user, until it expires. */
export interface TokenClaims {
  readonly conversationId: string;
  readonly userId: string;
  readonly locale?: string;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
}

/** As Direct Line: a token lasts an hour; Web Chat refreshes it every 15 minutes while open. */
export const TOKEN_LIFETIME_MS = 60 * 60_000;

const KEY_ITEM = 'directline/signing-key';

/**
 * Direct Line tokens, signed rather than stored: issuing one writes nothing, so a stranger calling
 * `tokens/generate` in a loop makes the server hold nothing. The signing key lives in the bot's
 * Storage, so tokens survive a restart and every process sharing the storage accepts them.
 * A refreshed token is a new token with a new expiry; the old one lapses at its own.
 */
export class DirectLineTokens {
  private key: Promise<Buffer> | undefined;

  constructor(
    private readonly storage: Storage,
    private readonly now: () => number = () => Date.now(),
  ) {}

  async issue(claims: Omit<TokenClaims, 'expiresAt'>): Promise<{ token: string; expiresInSeconds: number }> {
    const full: TokenClaims = { ...claims, expiresAt: this.now() + TOKEN_LIFETIME_MS };
    const payload = Buffer.from(JSON.stringify([full.conversationId, full.userId, full.locale ?? '', full.expiresAt])).toString('base64url');
    return { token: `${full.conversationId}.${payload}.${await this.sign(payload)}`, expiresInSeconds: TOKEN_LIFETIME_MS / 1000 };
  }

  /** The token's claims if it is genuine and unexpired. */
  async verify(token: string | undefined): Promise<TokenClaims | undefined> {
    const [id, payload, signature, extra] = (token ?? '').split('.');
    if (!id || !payload || !signature || extra !== undefined) return undefined;
    const expected = Buffer.from(await this.sign(payload));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    const [conversationId, userId, locale, expiresAt] = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as [string, string, string, number];
    if (conversationId !== id || expiresAt <= this.now()) return undefined;
    return { conversationId, userId, ...(locale ? { locale } : {}), expiresAt };
  }

  private async sign(payload: string): Promise<string> {
    return createHmac('sha256', await this.signingKey())
      .update(payload)
      .digest('base64url');
  }

  private signingKey(): Promise<Buffer> {
    this.key ??= (async () => {
      const stored = (await this.storage.read([KEY_ITEM]))[KEY_ITEM] as { key?: string } | undefined;
      if (stored?.key) return Buffer.from(stored.key, 'base64url');
      // Instances starting together each make one: the first written wins, the others read it back.
      const key = randomBytes(32);
      try {
        await this.storage.write({ [KEY_ITEM]: { key: key.toString('base64url'), eTag: CREATE_ONLY } });
        return key;
      } catch (error) {
        if (!isETagConflict(error)) throw error;
        const winner = (await this.storage.read([KEY_ITEM]))[KEY_ITEM] as { key: string };
        return Buffer.from(winner.key, 'base64url');
      }
    })();
    this.key.catch(() => (this.key = undefined));
    return this.key;
  }
}
