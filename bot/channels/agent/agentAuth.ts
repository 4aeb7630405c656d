import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Storage } from 'botbuilder';
import type { AgentAccount } from '../../config/config';
import type { Broadcast } from '../../concurrency/broadcast';
import { setRecent } from '../../concurrency/recentMap';
import { CREATE_ONLY, isETagConflict } from '../../storage/eTagConflict';

/**
 * Who is calling the agent console: an agent token (from AGENT_TOKENS) as a Bearer header, or the
 * session cookie the sign-in form sets. The cookie is signed with a key derived from the tokens,
 * so it survives a restart and dies when the tokens change. Signing out revokes every session of
 * that agent issued until then (stored, so a restart keeps it revoked).
 */
export const SESSION_COOKIE = 'agent_session';
const SESSION_TTL_MS = 12 * 60 * 60_000;
const REVOKED_KEY = 'agent/sessions-revoked';

/**
 * Wrong tokens allowed per address in a window; past it, wrong ones get 429 until the window
 * ends. The right token is still taken: agents behind one proxy share an address, and a lockout
 * must not lock them out. Guessing stays hopeless anyway: tokens are 16+ random characters.
 */
export const MAX_FAILURES = 10;
export const FAILURE_WINDOW_MS = 5 * 60_000;
/** Addresses tracked at once (a spray of addresses cannot grow the table without bound). */
const TRACKED_ADDRESSES = 10_000;

export type Authentication = { readonly agent: string } | { readonly refused: 'missing' | 'wrong' | 'tooMany'; readonly retryAfterSeconds?: number };

export class AgentAuth {
  private readonly tokenDigests: ReadonlyArray<{ readonly name: string; readonly digest: Buffer }>;
  private readonly leads: ReadonlySet<string>;
  private readonly signingKey: Buffer;
  private readonly failures = new Map<string, { count: number; since: number }>();
  /** Per agent: sessions issued at or before this (epoch ms) are revoked. */
  private revokedUntil: Record<string, number> = {};

  constructor(
    agents: readonly AgentAccount[],
    private readonly storage?: Storage,
    private readonly now: () => number = () => Date.now(),
    private readonly broadcast?: Broadcast,
  ) {
    this.tokenDigests = agents.map((a) => ({ name: a.name, digest: sha256(a.token) }));
    this.leads = new Set(agents.filter((a) => a.lead).map((a) => a.name));
    this.signingKey = sha256(`agent-session\n${agents.map((a) => `${a.name}:${a.token}`).join('\n')}`);
    // A sign-out on another instance revokes the sessions here too.
    broadcast?.subscribe('agents', () => void this.load().catch(() => undefined));
    broadcast?.onResume(() => void this.load().catch(() => undefined));
  }

  /** Reads which sessions were revoked (at start, and when another instance signs an agent out). */
  async load(): Promise<void> {
    const stored = (await this.storage?.read([REVOKED_KEY]))?.[REVOKED_KEY] as { until?: Record<string, number> } | undefined;
    this.revokedUntil = { ...this.revokedUntil, ...stored?.until };
  }

  get anyAgent(): boolean {
    return this.tokenDigests.length > 0;
  }

  /** Listed in DESK_LEADS: may see the desk lead's figures. */
  isLead(agent: string): boolean {
    return this.leads.has(agent);
  }

  /** The agent a token belongs to; compared in constant time. */
  agentForToken(token: string): string | undefined {
    const digest = sha256(token);
    return this.tokenDigests.find((a) => timingSafeEqual(a.digest, digest))?.name;
  }

  /** Who sent a request (HTTP or WebSocket upgrade) from `address`, counting wrong credentials against it. */
  authenticate(req: IncomingMessage, address: string): Authentication {
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (bearer) return this.check(address, this.agentForToken(bearer.trim()));
    const cookie = readCookie(req.headers.cookie, SESSION_COOKIE);
    // A stale or revoked cookie is not a guess: it gets the sign-in page, not a strike.
    const agent = cookie ? this.agentForSession(cookie) : undefined;
    return agent ? { agent } : { refused: 'missing' };
  }

  /** The sign-in form's token, counted the same way. */
  signIn(token: string, address: string): Authentication {
    return this.check(address, token ? this.agentForToken(token) : undefined);
  }

  sessionFor(agent: string): { value: string; maxAgeMs: number } {
    const expires = this.now() + SESSION_TTL_MS;
    const payload = `${Buffer.from(agent).toString('base64url')}.${expires}`;
    return { value: `${payload}.${this.sign(payload)}`, maxAgeMs: SESSION_TTL_MS };
  }

  /** Signs the agent out everywhere: every session issued until now stops working. */
  async revokeSessions(agent: string): Promise<void> {
    const at = this.now();
    this.revokedUntil = { ...this.revokedUntil, [agent]: at };
    if (!this.storage) return;
    // Written with the eTag read: two instances signing out two agents at once keep both.
    for (let attempt = 1; ; attempt++) {
      const stored = (await this.storage.read([REVOKED_KEY]))[REVOKED_KEY] as { until?: Record<string, number>; eTag?: string } | undefined;
      const until = { ...stored?.until, [agent]: Math.max(at, stored?.until?.[agent] ?? 0) };
      try {
        await this.storage.write({ [REVOKED_KEY]: { until, eTag: stored?.eTag ?? CREATE_ONLY } });
        this.revokedUntil = { ...this.revokedUntil, ...until };
        break;
      } catch (error) {
        if (!isETagConflict(error) || attempt >= 5) throw error;
      }
    }
    await this.broadcast?.publish('agents', 'signedOut');
  }

  private check(address: string, agent: string | undefined): Authentication {
    if (agent) return { agent };
    const now = this.now();
    const record = this.failures.get(address);
    const fresh = !record || now - record.since >= FAILURE_WINDOW_MS;
    const next = { count: fresh ? 1 : record.count + 1, since: fresh ? now : record.since };
    setRecent(this.failures, address, next, TRACKED_ADDRESSES);
    if (next.count <= MAX_FAILURES) return { refused: 'wrong' };
    return { refused: 'tooMany', retryAfterSeconds: Math.ceil((next.since + FAILURE_WINDOW_MS - now) / 1000) };
  }

  private agentForSession(value: string): string | undefined {
    const [name, expires, signature] = value.split('.');
    if (!name || !expires || !signature) return undefined;
    const expected = Buffer.from(this.sign(`${name}.${expires}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    if (Number(expires) < this.now()) return undefined;
    const agent = Buffer.from(name, 'base64url').toString('utf8');
    const issuedAt = Number(expires) - SESSION_TTL_MS;
    if (issuedAt <= (this.revokedUntil[agent] ?? -Infinity)) return undefined;
    return this.tokenDigests.some((a) => a.name === agent) ? agent : undefined;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.signingKey).update(payload).digest('base64url');
  }
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
