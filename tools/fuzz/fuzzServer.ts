import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

/**
 * `npm run fuzz`: starts the real server (index.js, file storage, the agent hub, transcripts) as a
 * child process and sends it malformed requests on every route (--requests, default 12,000;
 * --seconds bounds the run, default 600), a few at a time. Reports status counts, any 5xx, whether
 * the process survived, and its resident memory before and after (RSS from /proc, each time after
 * full collections: see collectOnSignal.cjs).
 */
const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const REQUESTS = option('--requests', 12_000);
const SECONDS = option('--seconds', 600);
const CONCURRENCY = 8;
/** --only <path prefix>: fuzz only the routes under it (to find which one holds memory). */
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : '';
const AGENT = 'fuzz-agent-token-0123456789';

/** A seeded generator, so a failing run can be repeated (--seed). */
let seed = option('--seed', 1);
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const int = (max: number): number => Math.floor(random() * max);

const STRINGS = [
  '',
  ' ',
  'a'.repeat(5000),
  '\u0000',
  '%',
  '%E0%A4%A',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '🦄'.repeat(300),
  '4111 1111 1111 1111',
  '{"a":',
  'null',
  '\uD800',
  '١٢٣٤٥٦',
  '𝟏𝟐𝟑',
];
const VALUES: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  NaN,
  'x',
  [],
  {},
  [1, [2, [3]]],
  { __proto__: { polluted: true } },
  { constructor: { prototype: { x: 1 } } },
  ...STRINGS,
];

function mutate(value: unknown, depth = 0): unknown {
  if (depth > 4 || random() < 0.3) return pick(VALUES);
  if (Array.isArray(value)) return value.map((v) => mutate(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (random() > 0.15) out[random() < 0.1 ? pick(STRINGS) : k] = random() < 0.5 ? mutate(v, depth + 1) : v;
    return out;
  }
  return pick(VALUES);
}

/** encodeURIComponent, but a lone surrogate becomes its raw bytes instead of throwing. */
function enc(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}

function nested(depth: number): string {
  return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

interface Target {
  readonly method: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | FormData;
}

function targets(base: { token: string; conversationId: string; connector: string }): Target[] {
  const json = { 'content-type': 'application/json' };
  const activity = {
    type: 'message',
    channelId: 'emulator',
    serviceUrl: base.connector,
    conversation: { id: `fuzz-${int(50)}` },
    from: { id: 'u', name: 'User' },
    recipient: { id: 'bot' },
    text: 'hello',
    locale: 'en-US',
  };
  const bearer = (token: string): Record<string, string> => ({ ...json, authorization: `Bearer ${token}` });
  const dl = `/v3/directline/conversations/${base.conversationId}`;
  const bodies = (): string =>
    pick([
      JSON.stringify(mutate(activity)),
      JSON.stringify(mutate(activity)),
      '{',
      'null',
      '[]',
      nested(int(200)),
      pick(STRINGS),
      JSON.stringify({ text: pick(STRINGS) }),
    ]);
  const form = new FormData();
  form.append(pick(['activity', 'file', 'x']), new Blob([pick(STRINGS)]), pick(['a.png', '../x', '']));
  return [
    { method: 'POST', path: '/api/messages', headers: json, body: bodies() },
    { method: pick(['GET', 'PUT', 'DELETE', 'PATCH']), path: '/api/messages', headers: json, body: undefined },
    { method: 'POST', path: '/api/messages', headers: { 'content-type': pick(['text/plain', 'application/xml', 'multipart/form-data']) }, body: bodies() },
    { method: 'POST', path: '/v3/directline/tokens/generate', headers: json, body: bodies() },
    { method: 'POST', path: '/v3/directline/tokens/refresh', headers: bearer(pick([base.token, 'x', ''])), body: '{}' },
    { method: 'POST', path: '/v3/directline/conversations', headers: bearer(pick([base.token, `${base.conversationId}.x.y`, 'garbage'])), body: bodies() },
    { method: 'GET', path: `${dl}/activities?watermark=${enc(pick(['-1', '1e9', 'abc', '', '0', pick(STRINGS)]))}`, headers: bearer(base.token) },
    { method: 'POST', path: `${dl}/activities`, headers: bearer(base.token), body: bodies() },
    { method: 'POST', path: `${dl}/activities`, headers: bearer(pick(['wrong', base.token.slice(0, -1)])), body: bodies() },
    { method: 'POST', path: `${dl}/upload?userId=u`, headers: { authorization: `Bearer ${base.token}` }, body: form },
    { method: 'POST', path: `${dl}/upload`, headers: { ...bearer(base.token), 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\nbroken' },
    { method: 'GET', path: `/v3/directline/conversations/${enc(pick(STRINGS))}`, headers: bearer(base.token) },
    { method: 'POST', path: `/v3/conversations/${base.conversationId}/activities`, headers: json, body: bodies() },
    { method: 'PUT', path: `/v3/conversations/${base.conversationId}/activities/x`, headers: json, body: '[1]' },
    { method: 'POST', path: '/agent/login', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `token=${enc(pick(STRINGS))}` },
    {
      method: pick(['GET', 'POST']),
      path: `/agent/api/${pick(['view', 'status', 'conversations/x/accept', 'conversations/../messages', 'tickets/x/close'])}`,
      headers: bearer(pick([AGENT, 'wrong-token-wrong'])),
      body: bodies(),
    },
    { method: 'POST', path: '/agent/logout', headers: { cookie: `agent_session=${pick(STRINGS)}` } },
    { method: 'GET', path: `/webchat/strings?locale=${enc(pick(STRINGS))}` },
    {
      method: 'GET',
      path: pick(['/', '/healthz', '/readyz', '/agent', '/agent/console.js', '/webchat/page.js', `/${pick(STRINGS)}`, '/%2e%2e/%2e%2e/etc/passwd', '/%']),
    },
    { method: pick(['OPTIONS', 'HEAD', 'PROPFIND', 'PURGE']), path: pick(['/', '/api/messages', dl]) },
  ];
}

/** -1: the server refused or reset the connection; -2: the request could not even be sent (a header fetch rejects), not counted against the server. */
async function send(url: string, target: Target): Promise<number> {
  const headers = new Headers();
  try {
    for (const [name, value] of Object.entries(target.headers ?? {})) headers.set(name, value);
  } catch {
    return -2;
  }
  try {
    const response = await fetch(`${url}${target.path}`, {
      method: target.method,
      headers,
      ...(target.body !== undefined && !['GET', 'HEAD'].includes(target.method) ? { body: target.body } : {}),
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return -1;
  }
}

function socketProbe(url: string, conversationId: string): Promise<void> {
  return new Promise((resolve) => {
    const path = pick([`/v3/directline/conversations/${conversationId}/stream?t=${enc(pick(STRINGS))}`, '/agent/socket', `/${pick(STRINGS)}`]);
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}${path}`, { headers: { authorization: `Bearer ${pick([AGENT, 'nope'])}` } });
    const done = (): void => {
      ws.terminate();
      resolve();
    };
    ws.on('open', () => {
      ws.send(pick(['{', 'x'.repeat(20_000), JSON.stringify({ type: 'send', id: 'x', text: pick(STRINGS) }), JSON.stringify(mutate({ type: 'status' }))]));
      setTimeout(done, 50);
    });
    ws.on('unexpected-response', done);
    ws.on('error', done);
  });
}

/** RSS after two full collections a few seconds apart (V8 keeps freed pages until it is idle). */
async function settledRssMb(child: ChildProcess): Promise<number> {
  for (let i = 0; i < 2; i++) {
    child.kill('SIGUSR2');
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
  return rssMb(child);
}

function rssMb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fuzz-'));
  const port = 39_000 + int(1000);
  const preload = join(__dirname, '..', '..', '..', 'tools', 'fuzz', 'collectOnSignal.cjs');
  const child = spawn(process.execPath, ['--expose-gc', '-r', preload, join(__dirname, '..', '..', 'index.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      TRANSCRIPTS_DIR: join(dataDir, 'transcripts'),
      AGENT_TOKENS: `Fuzz:${AGENT}`,
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Support bot ready') && resolve());
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  process.once('exit', () => child.kill('SIGKILL'));

  const generated = (await (
    await fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
  ).json()) as { token: string; conversationId: string };
  await fetch(`${url}/v3/directline/conversations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${generated.token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  const connector = 'http://127.0.0.1:9'; // nothing listens: replies to /api/messages fail, as with a dead channel
  const before = await settledRssMb(child);

  const counts = new Map<number, number>();
  const fivexx: string[] = [];
  const started = Date.now();
  let sent = 0;
  const worker = async (): Promise<void> => {
    while (sent < REQUESTS && Date.now() - started < SECONDS * 1000 && exited === null) {
      sent += 1;
      if (sent % 50 === 0) {
        await socketProbe(url, generated.conversationId);
        continue;
      }
      const target = pick(targets({ ...generated, connector }).filter((t) => t.path.startsWith(ONLY)));
      const status = await send(url, target);
      counts.set(status, (counts.get(status) ?? 0) + 1);
      if ((status >= 500 || status === -1) && fivexx.length < 20) {
        const body = typeof target.body === 'string' ? target.body.slice(0, 300) : target.body ? '(form)' : '';
        fivexx.push(`${status} ${target.method} ${target.path} ${JSON.stringify(target.headers ?? {})} ${body}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (Date.now() - started) / 1000;
  const alive = exited === null && (await send(url, { method: 'GET', path: '/healthz' })) === 200;
  const after = alive ? await settledRssMb(child) : 0;
  child.kill('SIGTERM');

  const statuses = [...counts.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
  const serverErrors = [...counts.entries()].filter(([s]) => s >= 500 || s === -1).reduce((n, [, c]) => n + c, 0);
  console.log(`requests: ${sent} in ${seconds.toFixed(0)} s (${CONCURRENCY} at a time, every 50th a WebSocket)`);
  console.log(`statuses: ${statuses.join(', ')}`);
  console.log(`5xx or reset: ${serverErrors}${fivexx.length ? `\n  ${fivexx.join('\n  ')}` : ''}`);
  console.log(`process alive after the run: ${alive}`);
  console.log(`RSS: ${before.toFixed(1)} MB before, ${after.toFixed(1)} MB after (${(((after - before) / before) * 100).toFixed(1)}%)`);
  process.exitCode = serverErrors === 0 && alive ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
