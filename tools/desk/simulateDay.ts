import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCatalogue } from '../../dialogs/catalogue';
import { loadLocaleCatalog } from '../../bot/locales/localeCatalog';
import { createTranslator } from '../../bot/locales/translator';
import { projectRoot } from '../../bot/config/paths';
import { nodeEnvironment, nodeFlags } from '../../bot/runtime/nodeFlags';

/**
 * `npm run desk:simulate [conversations] [seed]`: a generated day at the desk. Starts the bot
 * (`dist/index.js`, file storage in a fresh folder, the agent hub with nobody online), plays
 * conversations over Direct Line as Web Chat does, in the six languages, each starting a
 * procedure by its title and then pressing the buttons offered at random (now and then typing
 * something unreadable, or leaving), answers the wrap-up, and prints the desk lead's figures
 * as /agent/desk computes them. Seeded, so a run can be repeated.
 */
const LEAD = 'simulation-lead-token-0123456789';
const conversations = Number(process.argv[2] ?? 240);
let seed = Number(process.argv[3] ?? 7);
const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

interface Activity {
  readonly type?: string;
  readonly text?: string;
  readonly from?: { readonly role?: string };
  readonly suggestedActions?: { readonly actions?: ReadonlyArray<{ readonly title?: string }> };
  readonly attachments?: ReadonlyArray<{ readonly content?: { readonly actions?: ReadonlyArray<{ readonly title?: string }>; readonly body?: unknown[] } }>;
}

/** The buttons a reply offers, as their labels: suggested actions, or the card's actions (also inside action sets). */
function choices(activity: Activity): string[] {
  const fromCard = (activity.attachments ?? []).flatMap((a) => [
    ...(a.content?.actions ?? []),
    ...((a.content?.body ?? []) as Array<{ type?: string; actions?: Array<{ title?: string }> }>)
      .filter((b) => b.type === 'ActionSet')
      .flatMap((b) => b.actions ?? []),
  ]);
  return [...(activity.suggestedActions?.actions ?? []), ...fromCard].map((a) => a.title ?? '').filter(Boolean);
}

class WebChatUser {
  private watermark = '';
  private constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly id: string,
    private readonly locale: string,
    private readonly address: string,
  ) {}

  /** Each user comes from an address of their own, as through a proxy (the server trusts one hop), so rate limits count them apart. */
  static async start(url: string, locale: string, address: string): Promise<WebChatUser> {
    const generated = (await (await post(`${url}/v3/directline/tokens/generate`, undefined, { user: { id: `sim-${random()}` }, locale }, address)).json()) as {
      token: string;
    };
    const started = (await (await post(`${url}/v3/directline/conversations`, generated.token, { locale }, address)).json()) as { conversationId: string };
    return new WebChatUser(url, generated.token, started.conversationId, locale, address);
  }

  /** Sends a message and returns the bot's replies to it (waits for the first, then for the rest to settle). */
  async say(text: string): Promise<Activity[]> {
    const sent = await post(
      `${this.url}/v3/directline/conversations/${this.id}/activities`,
      this.token,
      { type: 'message', text, locale: this.locale, from: { id: 'user' } },
      this.address,
    );
    if (!sent.ok) throw new Error(`posting "${text}": ${sent.status} ${await sent.text()}`);
    const replies: Activity[] = [];
    for (let waited = 0; waited < 10_000; waited += 50) {
      const got = await this.poll();
      replies.push(...got);
      if (replies.length > 0 && got.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return replies;
  }

  private async poll(): Promise<Activity[]> {
    const response = await fetch(`${this.url}/v3/directline/conversations/${this.id}/activities?watermark=${this.watermark}`, {
      headers: { authorization: `Bearer ${this.token}`, 'x-forwarded-for': this.address },
    });
    if (!response.ok) throw new Error(`reading activities: ${response.status}`);
    const set = (await response.json()) as { activities: Activity[]; watermark: string };
    this.watermark = set.watermark;
    return set.activities.filter((a) => a.type === 'message' && a.from?.role === 'bot');
  }
}

function post(url: string, token: string | undefined, body: unknown, address: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'desk-day-'));
  const port = 38_000 + Math.floor(Math.random() * 1000);
  const child = spawn(process.execPath, [...nodeFlags(), join(__dirname, '..', '..', 'index.js')], {
    env: nodeEnvironment({
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      AGENT_TOKENS: `Lea:${LEAD}`,
      DESK_LEADS: 'Lea',
      HANDOFF_MODE: 'hub',
      LOG_LEVEL: 'warn',
      TRUST_PROXY: '1',
    }),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.once('exit', () => child.kill('SIGKILL'));
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Support bot ready') && resolve());
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });

  const catalog = loadLocaleCatalog(join(projectRoot(), 'locales'));
  const translator = createTranslator(catalog, 'en');
  const procedures = [...createCatalogue().values()];
  // A desk's mix: more English and Chinese than Greek.
  const languages = ['en', 'en', 'en', 'zh', 'zh', 'es', 'es', 'fr', 'el', 'ko'];
  for (let n = 0; n < conversations; n++) {
    const locale = pick(languages);
    const t = translator.forLocale(locale);
    const user = await WebChatUser.start(url, locale, `10.0.${n >> 8}.${n & 255}`);
    let replies = await user.say(t(pick(procedures).titleKey));
    for (let turn = 0; turn < 16; turn++) {
      const offered = choices(replies.at(-1) ?? {});
      if (offered.length === 0 || random() < 0.05) break; // done, or the user just leaves
      const ratings = offered.filter((o) => /^[1-5] · /.test(o));
      const text = random() < 0.07 ? pick(['???', 'hmm', '🤔 ...']) : ratings.length ? pick(ratings.slice(2)) : pick(offered);
      replies = await user.say(text);
    }
  }

  // The last seven days, which hold today's conversations.
  const response = await fetch(`${url}/agent/api/desk`, { headers: { authorization: `Bearer ${LEAD}` } });
  if (!response.ok) throw new Error(`desk figures: ${response.status} ${await response.text()}`);
  const report = (await response.json()) as {
    rows: Array<Record<string, unknown> & { funnel: Array<{ label: string; leftHere: number; misunderstood: number }>; ratings: number[] }>;
  };
  print(report.rows);
  child.kill('SIGTERM');
}

function print(rows: Array<Record<string, unknown> & { funnel: Array<{ label: string; leftHere: number; misunderstood: number }>; ratings: number[] }>): void {
  const total = (key: string) => rows.reduce((n, r) => n + Number(r[key]), 0);
  console.log(`${conversations} conversations, ${total('runs')} procedure runs (seed ${process.argv[3] ?? 7})\n`);
  console.log('| procedure | lang | runs | solved | containment | to a person | blocked | stopped | unfinished | not understood | avg rating |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    const rated = r.ratings.reduce((a, b) => a + b, 0);
    const average = rated ? (r.ratings.reduce((s, c, i) => s + c * (i + 1), 0) / rated).toFixed(1) : '–';
    const containment = r.containment === null ? '–' : `${Math.round(Number(r.containment) * 100)}%`;
    console.log(
      `| ${String(r.procedureId)} | ${String(r.locale)} | ${String(r.runs)} | ${String(r.solved)} | ${containment} | ${String(r.escalated)} | ${String(r.blocked)} | ${String(r.abandoned)} | ${String(r.unfinished)} | ${String(r.misunderstood)} | ${average} |`,
    );
  }
  const solved = total('solved');
  console.log(
    `\nall: ${total('runs')} runs, ${solved} solved (${Math.round((solved / total('runs')) * 100)}% without a person), ${total('escalated')} to a person, ${total('blocked')} blocked, ${total('misunderstood')} messages not understood`,
  );
  const left = rows
    .flatMap((r) => r.funnel.map((s) => ({ where: `${String(r.procedureId)} ${String(r.locale)} · ${s.label}`, left: s.leftHere })))
    .sort((a, b) => b.left - a.left);
  console.log('\nwhere most runs ended without solving (top 5):');
  for (const l of left.slice(0, 5)) console.log(`  ${l.left}  ${l.where}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
