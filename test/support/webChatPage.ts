import type { Page } from 'playwright-core';

/** Reading and typing in the Web Chat page, as the browser tests do. */

/** Web Chat renders markdown with typographic quotes: match any quote character. */
export const shown = (text: string): RegExp => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['"“”‘’«»]/g, '.'));

/** A message's text in the transcript: bubble paragraphs and card text blocks, not the screen-reader copies. */
export const message = (page: Page, text: string) =>
  page
    .locator('.webchat__basic-transcript__transcript')
    .getByRole('paragraph')
    .filter({ hasText: shown(text) })
    .last();

export async function type(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox');
  await box.fill(text);
  await box.press('Enter');
}
