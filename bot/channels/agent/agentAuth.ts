import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AgentAccount } from '../../config/config';

/**
 * Who is calling the agent console: an agent token (from AGENT_TOKENS) as a Bearer header, or the
 * session cookie the sign-in form sets. The cookie is signed with a key derived from the tokens,
 * so it survives a restart and dies when the tokens change; nothing about sessions is stored.
 */
export const SESSION_COOKIE = 'agent_session';
const SESSION_TTL_MS = 12 * 60 * 60_000;

export class AgentAuth {
  private readonly tokenDigests: ReadonlyArray<{ readonly name: string; readonly digest: Buffer }>;
  private readonly signingKey: Buffer;

  constructor(
    agents: readonly AgentAccount[],
    private readonly now: () => number = Date.now,
  ) {
    this.tokenDigests = agents.map((a) => ({ name: a.name, digest: sha256(a.token) }));
    this.signingKey = sha256(`agent-session\n${agents.map((a) => `${a.name}:${a.token}`).join('\n')}`);
  }

  get anyAgent(): boolean {
    return this.tokenDigests.length > 0;
  }

  /** The agent a token belongs to; compared in constant time. */
  agentForToken(token: string): string | undefined {
    const digest = sha256(token);
    return this.tokenDigests.find((a) => timingSafeEqual(a.digest, digest))?.name;
  }

  /** The agent behind a request (HTTP or WebSocket upgrade), if any. */
  agentFor(req: IncomingMessage): string | undefined {
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (bearer) return this.agentForToken(bearer.trim());
    const cookie = readCookie(req.headers.cookie, SESSION_COOKIE);
    return cookie ? this.agentForSession(cookie) : undefined;
  }

  sessionFor(agent: string): { value: string; maxAgeMs: number } {
    const expires = this.now() + SESSION_TTL_MS;
    const payload = `${Buffer.from(agent).toString('base64url')}.${expires}`;
    return { value: `${payload}.${this.sign(payload)}`, maxAgeMs: SESSION_TTL_MS };
  }

  private agentForSession(value: string): string | undefined {
    const [name, expires, signature] = value.split('.');
    if (!name || !expires || !signature) return undefined;
    const expected = Buffer.from(this.sign(`${name}.${expires}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    if (Number(expires) < this.now()) return undefined;
    const agent = Buffer.from(name, 'base64url').toString('utf8');
    return this.tokenDigests.some((a) => a.name === agent) ? agent : undefined;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.signingKey).update(payload).digest('base64url');
  }
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
