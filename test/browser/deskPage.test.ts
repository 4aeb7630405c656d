import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { BotApp } from '../../bot/app';
import type { MessageKey } from '../../dialogs/types';
import { launchChromium, SCREENSHOTS } from '../support/browser';
import { DirectLineClient } from '../support/directLineClient';
import { testCatalog, translate } from '../support/fixtures';
import { startTestApp } from '../support/fixtures';

/**
 * The desk lead's page in Chromium, on figures made by real conversations over Direct Line (what
 * Web Chat speaks), in four languages: a solved run rated 4, an escalation, a Taobao checklist
 * blocked by a pending transaction, a run with a message the bot could not read, one left half way.
 */
const LEA = 'lea-lead-token-0123456789';
const ANA = 'ana-agent-token-0123456789';
const desk = (testCatalog().messages.en.agent as Record<string, unknown>).desk as Record<string, string> & {
  csv: Record<string, string>;
  reason: Record<string, string>;
};

type Press = 'yes' | 'no' | { readonly label: string };
const script = (procedure: string, index: number): Press[] =>
  (JSON.parse(readFileSync(join(__dirname, '..', 'bot', 'scripts', `${procedure}.json`), 'utf8')) as Array<{ presses: Press[] }>)[index].presses;

/** One user in Web Chat: each message waits for the bot's answer. */
async function converse(app: BotApp, locale: string, lines: (t: ReturnType<typeof translate>, press: (p: Press) => string) => string[]): Promise<void> {
  const t = translate(locale);
  const press = (p: Press): string => (p === 'yes' ? t('common.choice.yes') : p === 'no' ? t('common.choice.no') : t(p.label));
  const client = new DirectLineClient(app.url);
  await client.start(`user-${locale}-${Math.random().toString(36).slice(2)}`, locale);
  const bot = () => client.received.filter((a) => a.type === 'message' && a.from?.role === 'bot').length;
  for (const text of lines(t, press)) {
    const before = bot();
    await client.post(text, { locale });
    await client.botMessages(before + 1);
  }
  client.close();
}

describe('the desk lead’s page in Chromium', () => {
  let app: BotApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startTestApp({ env: { HANDOFF_MODE: 'hub', AGENT_TOKENS: `Lea:${LEA},Ana:${ANA}`, DESK_LEADS: 'Lea' } });
    browser = await launchChromium();
    const title = (t: ReturnType<typeof translate>, key: MessageKey) => t(key);
    // en: a fresh code, verified, solved, rated 4; then a wrong bound number, passed to a person.
    await converse(app, 'en', (t, p) => [title(t, 'smsCode.title'), ...script('sms_code', 0).map(p), t('common.choice.yes'), t('feedback.rating.4')]);
    await converse(app, 'en', (t, p) => [title(t, 'smsCode.title'), ...script('sms_code', 2).map(p)]);
    // es: the Taobao checklist, blocked by a transaction still pending.
    await converse(app, 'es', (t, p) => [title(t, 'taobaoUnbindAlipay.title'), ...script('taobao_unbind_alipay', 1).map(p)]);
    // fr: a withdrawal with one message the bot cannot read on the way (punctuation alone), solved, rated 5.
    await converse(app, 'fr', (t, p) => {
      const [first, ...rest] = script('withdraw_funds', 0).map(p);
      return [title(t, 'withdrawFunds.title'), first, '???', ...rest, t('common.choice.yes'), t('feedback.rating.5')];
    });
    // el: a card binding left after its first step.
    await converse(app, 'el', (t, p) => [title(t, 'bindCard.title'), p('yes')]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('is refused to strangers (401) and to agents who are not leads (403)', async () => {
    expect((await fetch(`${app.url}/agent/desk`)).status).toBe(401);
    expect((await fetch(`${app.url}/agent/api/desk`, { headers: { authorization: `Bearer ${ANA}` } })).status).toBe(403);
    expect((await fetch(`${app.url}/agent/api/desk.csv`, { headers: { authorization: `Bearer ${ANA}` } })).status).toBe(403);
    expect((await fetch(`${app.url}/agent/api/desk?from=2026-12-01&to=2026-01-01`, { headers: { authorization: `Bearer ${LEA}` } })).status).toBe(400);
  });

  it('shows the lead the funnels, endings and ratings of those conversations, and exports them as CSV', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1100 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${app.url}/agent`);
    await page.getByLabel('Agent token').fill(LEA);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // From here on: no script error, no request refused (the page, its script, Chart.js, the figures), no CSP refusal.
    page.on('console', (message) => message.type() === 'error' && !message.location().url.endsWith('/favicon.ico') && problems.push(message.text()));
    page.on(
      'response',
      (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && problems.push(`${response.status()} ${response.url()}`),
    );
    await page.goto(`${app.url}/agent/desk`);

    const rows = page.locator('#summary tbody tr');
    await rows.nth(3).waitFor();
    const cells = async (i: number) => (await rows.nth(i).locator('td').allTextContents()).map((c) => c.trim());
    const en = translate('en');
    // Procedure, language, runs, solved, containment, escalated, blocked, stopped, unfinished, not understood, average rating.
    expect(await cells(0)).toEqual([en('bindCard.title'), 'Greek', '1', '0', '0%', '0', '0', '0', '1', '0', '–']);
    expect(await cells(1)).toEqual([en('smsCode.title'), 'English', '2', '1', '50%', '1', '0', '0', '0', '0', '4']);
    expect(await cells(2)).toEqual([en('taobaoUnbindAlipay.title'), 'Spanish', '1', '0', '0%', '0', '1', '0', '0', '0', '–']);
    expect(await cells(3)).toEqual([en('withdrawFunds.title'), 'French', '1', '1', '100%', '0', '0', '0', '0', '1', '5']);

    // The SMS code in English: its funnel, in the article's order, and where the escalation happened.
    await rows.nth(1).click();
    await page.locator('#detail-heading', { hasText: `${en('smsCode.title')} · English` }).waitFor();
    const funnel = await page.locator('#funnel tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent)));
    // Reached, left here, not understood; the article's order: received? → bound number right? → it is wrong (a person, yes) | how old? → enter it.
    expect(funnel.map((r) => r[0].split('.')[0])).toEqual(['1', '1', '1', '2', '3']);
    expect(funnel[2][0]).toContain(en('smsCode.boundNumberWrong').slice(0, 40));
    expect(funnel.map((r) => r.slice(1))).toEqual([
      ['2', '0', '0'],
      ['1', '0', '0'],
      ['1', '1', '0'],
      ['1', '0', '0'],
      ['1', '0', '0'],
    ]);
    await expect(page.locator('#endings tbody').textContent()).resolves.toContain(desk.reason.user_asked);
    expect(await page.locator('#funnel-chart').evaluate((canvas: HTMLCanvasElement) => canvas.width > 0 && canvas.height > 0)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'desk-lead-sms-code.png'), fullPage: true });

    // The Taobao checklist in Spanish: blocked at the pending-transactions question.
    await rows.nth(2).click();
    await expect(page.locator('#endings tbody').textContent()).resolves.toContain(desk.reason.pendingTransactions);
    await page.screenshot({ path: join(SCREENSHOTS, 'desk-lead-taobao.png'), fullPage: true });

    const csv = await page.evaluate(async () => (await fetch(document.getElementById('csv')!.getAttribute('href')!)).text());
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      [
        'procedure',
        'language',
        'step',
        'reached',
        'leftHere',
        'misunderstood',
        'runs',
        'solved',
        'escalated',
        'blocked',
        'abandoned',
        'unfinished',
        'containment',
      ]
        .map((c) => desk.csv[c])
        .join(','),
    );
    expect(lines).toContain(`${en('withdrawFunds.title')},fr,,,,1,1,1,0,0,0,0,1.000`);
    expect(lines.filter((l) => l.startsWith(`${en('smsCode.title')},en,`))).toHaveLength(6);
    expect(problems).toEqual([]);
    await context.close();
  });
});
