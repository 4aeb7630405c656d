import { TurnContext, type Activity, type BotAdapter } from 'botbuilder';
import { TypingMiddleware } from '../../bot/botframework/typingMiddleware';

/**
 * "typing…" while a turn is slow, and nothing left behind when the turn ends with a typing send
 * still in flight (botbuilder's ShowTypingMiddleware then read the revoked context and rejected
 * outside any turn).
 */
describe('TypingMiddleware', () => {
  const message = {
    type: 'message',
    id: 'a1',
    channelId: 'test',
    serviceUrl: 'http://localhost',
    conversation: { id: 'c1' },
    from: { id: 'user' },
    recipient: { id: 'bot' },
  } as Partial<Activity>;
  const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

  it('sends typing while the turn runs, and stops when it ends', async () => {
    const sent: string[] = [];
    // The turn lasts until typing has been sent twice (no wall-clock guess: a loaded machine fires timers late).
    let sentTwice!: () => void;
    const twice = new Promise<void>((resolve) => (sentTwice = resolve));
    const adapter = {
      sendActivities: async (_c: TurnContext, activities: Array<{ type: string }>) => {
        sent.push(...activities.map((a) => a.type));
        if (sent.length >= 2) sentTwice();
      },
    };
    const context = new TurnContext(adapter as unknown as BotAdapter, message);
    await new TypingMiddleware(10, 20, () => undefined).onTurn(context, () => twice);
    const during = sent.length;
    await sleep(60);
    expect(during).toBeGreaterThanOrEqual(2);
    expect(sent.length).toBe(during);
    expect(sent.every((t) => t === 'typing')).toBe(true);
  });

  it('leaves no rejection behind when a typing send fails after the turn ended', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const errors: unknown[] = [];
    let ended = false;
    const adapter = {
      sendActivities: async () => {
        await sleep(40);
        if (ended) throw new TypeError("Cannot perform 'get' on a proxy that has been revoked");
      },
    };
    // The turn's context is revoked when the turn ends, as the adapter does.
    const { proxy, revoke } = Proxy.revocable(new TurnContext(adapter as unknown as BotAdapter, message), {});
    try {
      await new TypingMiddleware(5, 1000, (e) => errors.push(e)).onTurn(proxy, () => sleep(20));
      ended = true;
      revoke();
      await sleep(80);
      expect(unhandled).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
