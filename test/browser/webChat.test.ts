import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { BotApp } from '../../bot/app';
import { projectRoot } from '../../bot/config/paths';
import { startTestApp, translate } from '../support/fixtures';

/** Real Chromium (Debian's package) driving the real Web Chat page against the real server. */
const SCREENSHOTS = join(projectRoot(), 'test-output', 'browser');
const CHROMIUM = '/usr/bin/chromium';
const en = translate('en');

describe('the Web Chat page in Chromium', () => {
  let app: BotApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (or run bash .ci/run, which does).`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startTestApp();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    page = await browser.newPage({ locale: 'en-US' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** A message bubble's text in the transcript (not the screen-reader copies Web Chat also renders). */
  const message = (p: Page, text: string | RegExp) =>
    p.locator('.webchat__basic-transcript__transcript').getByRole('paragraph').filter({ hasText: text }).first();
  const button = (p: Page, label: string) => p.locator('.webchat__suggested-actions__button', { hasText: label });
  /** Web Chat renders markdown with typographic quotes: match any quote character. */
  const shown = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['"“”‘’«»]/g, '.'));

  it('greets, runs a step by button and by typing, and keeps the history after a reload', async () => {
    await page.goto(`${app.url}/`);
    await message(page, shown(en('common.welcome'))).waitFor({ timeout: 20_000 });

    await button(page, en('activateMembership.title')).click();
    await message(page, shown(en('activateMembership.openAccountPage'))).waitFor();

    const box = page.getByRole('textbox');
    await box.fill('yes');
    await box.press('Enter');
    await message(page, shown(en('activateMembership.clickActivateNow'))).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'webchat-procedure.png'), fullPage: true });

    await page.reload();
    await message(page, shown(en('activateMembership.clickActivateNow'))).waitFor({ timeout: 20_000 });
    await message(page, shown(en('common.welcome'))).waitFor();
    await box.fill('yes');
    await box.press('Enter');
    await message(page, shown(en('activateMembership.createPaymentPassword'))).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'webchat-after-reload.png'), fullPage: true });
  }, 60_000);

  it('speaks Korean to a Korean browser', async () => {
    const korean = await browser.newPage({ locale: 'ko-KR' });
    await korean.goto(`${app.url}/?locale=ko-KR`);
    await message(korean, translate('ko')('common.welcome')).waitFor({ timeout: 20_000 });
    expect(await korean.title()).toBe(translate('ko')('webchat.title'));
    await korean.screenshot({ path: join(SCREENSHOTS, 'webchat-korean.png'), fullPage: true });
    await korean.close();
  }, 60_000);
});
