import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { BotApp } from '../../bot/app';
import { launchChromium, SCREENSHOTS } from '../support/browser';
import { startTestApp, testCatalog, translate } from '../support/fixtures';
import { message, type } from '../support/webChatPage';

/**
 * Two real pages in Chromium: a user in the Web Chat page asks for a person; an agent signs in to
 * the console, accepts, both write, the agent ends, and the bot is back asking how it went.
 */
const en = translate('en');
const ANA = 'ana-token-0123456789';
const agentStrings = testCatalog().messages.en.agent as Record<string, Record<string, string>>;

describe('the agent console and the Web Chat page in Chromium', () => {
  let app: BotApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startTestApp({ env: { HANDOFF_MODE: 'hub', AGENT_TOKENS: `Ana:${ANA}` } });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('a user escalates, an agent accepts, both exchange messages, the agent ends, the bot resumes', async () => {
    // The agent signs in and makes themselves available.
    const agentContext = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const agent = await agentContext.newPage();
    const pageErrors: string[] = [];
    agent.on('pageerror', (error) => pageErrors.push(error.message));
    await agent.goto(`${app.url}/agent`);
    await agent.getByLabel(agentStrings.signIn.token).fill(ANA);
    await agent.getByRole('button', { name: agentStrings.signIn.submit }).click();
    await agent.getByRole('heading', { name: agentStrings.queue.heading }).waitFor();
    await agent.locator('#agent-name', { hasText: 'Ana' }).waitFor();
    await agent.locator('#status').selectOption('available');
    await agent.getByText(agentStrings.queue.empty).waitFor();

    // The user asks for a person.
    const userContext = await browser.newContext({ locale: 'en-US' });
    const user = await userContext.newPage();
    await user.goto(`${app.url}/`);
    await message(user, en('common.welcome')).waitFor({ timeout: 20_000 });
    await type(user, en('activateMembership.title'));
    await message(user, en('activateMembership.openAccountPage')).waitFor();
    await type(user, en('common.menu.talkToPerson'));
    await message(user, en('common.handoff.queued', { position: 1, minutes: 3 })).waitFor();

    // The console shows the waiting conversation with its context, and the agent accepts.
    const row = agent.locator('#queue tbody tr').first();
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain(agentStrings.reason.user_asked);
    // Where the user was, in the agent's language: the procedure's title and the step's question, not ids.
    await expect(row.textContent()).resolves.toContain(`${en('activateMembership.title')} · 1. ${en('activateMembership.openAccountPage').slice(0, 40)}`);
    await expect(row.textContent()).resolves.toContain(agentStrings.summary.noStepsDone);
    await expect(row.textContent()).resolves.toContain(agentStrings.summary.userMessages_other.replace('{{count}}', '2'));
    await agent.screenshot({ path: join(SCREENSHOTS, 'agent-console-queue.png'), fullPage: true });

    // The agent picks French in the console: the same English-speaking user's context, in French.
    const fr = translate('fr');
    const frStrings = testCatalog().messages.fr.agent as Record<string, Record<string, string>>;
    await agent.locator('#language').selectOption('fr');
    await agent.getByRole('heading', { name: frStrings.queue.heading }).waitFor();
    await expect(agent.locator('#queue tbody tr').first().textContent()).resolves.toContain(`${fr('activateMembership.title')} · 1. `);
    await expect(agent.locator('#queue tbody tr').first().textContent()).resolves.toContain(frStrings.summary.userMessages_other.replace('{{count}}', '2'));
    await agent.locator('#language').selectOption('en');
    await agent.getByRole('heading', { name: agentStrings.queue.heading }).waitFor();
    await row.getByRole('button', { name: agentStrings.queue.accept }).click();
    await message(user, en('common.handoff.agentJoined', { agent: 'Ana' })).waitFor();
    const conversation = agent.locator('#mine .conversation').first();
    await conversation.getByText(en('activateMembership.openAccountPage')).waitFor();

    // Both ways, live.
    await type(user, 'Hello, is anyone there?');
    await conversation.locator('.line.user', { hasText: 'Hello, is anyone there?' }).waitFor();
    await conversation.getByPlaceholder(agentStrings.mine.placeholder).fill('Hi, this is Ana. Let me check your membership.');
    await conversation.getByRole('button', { name: agentStrings.mine.send }).click();
    await message(user, 'Hi, this is Ana. Let me check your membership.').waitFor();
    await conversation.locator('.line.agent', { hasText: 'Let me check your membership.' }).waitFor();
    await agent.screenshot({ path: join(SCREENSHOTS, 'agent-console-conversation.png'), fullPage: true });
    await user.screenshot({ path: join(SCREENSHOTS, 'webchat-with-agent.png'), fullPage: true });

    // The agent ends: the bot is back and asks how it went.
    await conversation.getByRole('button', { name: agentStrings.mine.end }).click();
    await message(user, en('common.handoff.agentEnded', { agent: 'Ana' })).waitFor();
    await message(user, en('feedback.askSolved')).waitFor();
    await agent.getByText(agentStrings.mine.empty).waitFor();
    await user.screenshot({ path: join(SCREENSHOTS, 'webchat-after-agent.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
    await agentContext.close();
    await userContext.close();
  }, 90_000);
});
