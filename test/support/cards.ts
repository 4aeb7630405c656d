import { CARD_VERSION } from '../../bot/botframework/activityRenderer';

/** The official Adaptive Cards SDK. Its UMD build is the one that loads in Node; it ships no typings for that path. */
interface AdaptiveCardsSdk {
  AdaptiveCard: new () => {
    parse(json: unknown, context: unknown): void;
    validateProperties(): { validationEvents: Array<{ message: string }> };
    toJSON(): unknown;
  };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string } };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AdaptiveCards = require('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsSdk;

/**
 * Every card the bot sends, in every language, checked with the official Adaptive Cards SDK:
 * no unknown element, action or property (the card must survive a parse → serialize round trip),
 * no validation failure, version 1.5, and every text block wraps.
 */
export function expectValidCard(card: Record<string, unknown>): void {
  const parsed = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext();
  parsed.parse(card, context);
  const events = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  expect(events).toEqual([]);
  expect(parsed.validateProperties().validationEvents.map((e) => e.message)).toEqual([]);
  expect(parsed.toJSON()).toEqual(card);
  expect(card.version).toBe(CARD_VERSION);
  for (const block of (card.body as Array<{ type: string; wrap?: boolean }>).filter((b) => b.type === 'TextBlock')) {
    expect(block.wrap).toBe(true);
  }
}
