import { join } from 'node:path';
import { launchChromium, SCREENSHOTS } from '../support/browser';
import type { Browser, Page } from 'playwright-core';
import type { BotApp } from '../../bot/app';
import { startTestApp, translate } from '../support/fixtures';
import { message, type } from '../support/webChatPage';

/** Real Chromium (Debian's package) driving the real Web Chat page against the real server. */
const en = translate('en');
const ko = translate('ko');

/** The newest card's button with this label. */
const cardButton = (page: Page, label: string) =>
  page
    .locator('.ac-pushButton')
    .filter({ hasText: new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) })
    .last();

describe('the Web Chat page in Chromium', () => {
  let app: BotApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('picks the procedure from a card, answers by typing to the end, and keeps the history after a reload', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    // The page works entirely under its Content-Security-Policy: nothing it needs is refused.
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
    });
    await page.goto(`${app.url}/`);
    await message(page, en('common.welcome')).waitFor({ timeout: 20_000 });
    expect(refused).toEqual([]);
    // The menu groups procedures under their product.
    for (const product of ['aliexpressAlipay', 'alipayInternationalAccount', 'taobao', 'worldFirst1688']) {
      await page
        .getByText(en(`common.menu.product.${product}`))
        .first()
        .waitFor();
    }

    await cardButton(page, en('activateMembership.title')).click();
    await message(page, en('activateMembership.openAccountPage')).waitFor();
    await page
      .getByText(en('common.procedure.progress', { step: 1, total: 5 }))
      .last()
      .waitFor();

    for (const [answer, next] of [
      ['yes', 'activateMembership.clickActivateNow'],
      ['yes', 'activateMembership.createPaymentPassword'],
      ['yes', 'activateMembership.askPhoneBound'],
    ] as const) {
      await type(page, answer);
      await message(page, en(next)).waitFor();
    }
    await cardButton(page, en('common.choice.no')).click();
    await message(page, en('activateMembership.activatedWithoutSms')).waitFor();
    await message(page, en('feedback.askSolved')).waitFor();
    await cardButton(page, en('common.choice.yes')).click();
    await message(page, en('feedback.askRating')).waitFor();
    await cardButton(page, en('feedback.rating.4')).click();
    await message(page, en('feedback.thanks')).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'webchat-finished.png'), fullPage: true });

    await page.reload();
    await message(page, en('activateMembership.activatedWithoutSms')).waitFor({ timeout: 20_000 });
    await message(page, en('common.welcome')).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'webchat-after-reload.png'), fullPage: true });
    await page.close();
  }, 90_000);

  it('switches to Korean when the user asks, and a Korean browser is greeted in Korean', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(`${app.url}/`);
    await message(page, en('common.welcome')).waitFor({ timeout: 20_000 });
    await type(page, '한국어');
    await message(page, ko('common.language.switched')).waitFor();
    await cardButton(page, ko('activateMembership.title')).click();
    await message(page, ko('activateMembership.openAccountPage')).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'webchat-switched-to-korean.png'), fullPage: true });
    await page.close();

    const korean = await browser.newPage({ locale: 'ko-KR' });
    await korean.goto(`${app.url}/?locale=ko-KR`);
    await message(korean, ko('common.welcome')).waitFor({ timeout: 20_000 });
    expect(await korean.title()).toBe(ko('webchat.title'));
    await korean.screenshot({ path: join(SCREENSHOTS, 'webchat-korean.png'), fullPage: true });
    await korean.close();
  }, 90_000);
});
