import type { BotApp } from '../../bot/app';
import { DirectLineClient } from './directLineClient';
import { paragraphs } from './fixtures';

/** A Web Chat user: each call waits for the next bot message and returns its paragraphs. */
export class WebChatUser {
  private seen = 0;
  constructor(readonly client: DirectLineClient) {}

  /** Opens a conversation on `app` and waits for the welcome. */
  static async start(app: BotApp): Promise<WebChatUser> {
    const user = new WebChatUser(new DirectLineClient(app.url));
    await user.client.start();
    await user.next();
    return user;
  }

  async next(): Promise<string[]> {
    const all = await this.client.botMessages(this.seen + 1);
    return paragraphs(all[this.seen++]);
  }

  async say(text: string): Promise<string[]> {
    await this.client.post(text);
    return this.next();
  }
}
