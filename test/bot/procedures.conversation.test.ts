import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { createCatalogue } from '../../dialogs/catalogue';
import type { EscalationReason } from '../../dialogs/types';
import { expectValidCard } from '../support/cards';
import { cardOf, LOCALES, paragraphs, testConversation, translate } from '../support/fixtures';

/**
 * Every procedure, in every language, through the bot exactly as a channel drives it: the menu
 * button, then button presses (labels in the user's language), along the main path and the
 * branches that end with a person. Every card on the way is validated.
 */

/** A button press: Yes, No, or a choice by its label key. */
type Press = 'yes' | 'no' | { readonly label: string };

interface Script {
  readonly name: string;
  readonly presses: readonly Press[];
  /** Said at the end (the closing, or the first step of the procedure it hands over to). */
  readonly ends: string;
  /** A solved ending asks "did this solve your problem?". */
  readonly wrapUp?: boolean;
  readonly escalation?: { readonly reason: EscalationReason; readonly procedureId?: string; readonly step: string };
  /** What the desk lead's log records for the run, when it ended without the wrap-up: where the user was, the outcome, the reason. */
  readonly record?: { readonly outcome: string; readonly lastStep: string; readonly reason?: string };
}

/** Each procedure's scripts: test/bot/scripts/<procedure id>.json (a new procedure adds its own file). */
const scriptsDir = join(__dirname, 'scripts');
const scripts: Record<string, readonly Script[]> = Object.fromEntries(
  readdirSync(scriptsDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(scriptsDir, f), 'utf8')) as Script[]]),
);

const catalogue = createCatalogue();
/** A message key that leaked into the text instead of its translation. */
const LEAKED_KEY = /\b(common|feedback|answers|[a-z]+[A-Z]\w*)\.[a-z]\w*/;

it('has scripts for every procedure', () => {
  expect(Object.keys(scripts).sort()).toEqual([...catalogue.keys()].sort());
});

describe.each(LOCALES)('procedures in %s', (locale) => {
  const t = translate(locale);
  const text = (press: Press): string => (press === 'yes' ? t('common.choice.yes') : press === 'no' ? t('common.choice.no') : t(press.label));

  const cases = Object.entries(scripts).flatMap(([id, list]) => list.map((s) => [`${id} ${s.name}`, id, s] as const));

  it.each(cases)('%s', async (_name, id, script) => {
    const chat = testConversation(locale);
    const definition = catalogue.get(id)!;
    const turns: Array<Partial<Activity>> = [];
    const send = async (message: string) => {
      const replies = (await chat.send({ text: message })).filter((a) => a.type === 'message');
      expect(replies).toHaveLength(1);
      turns.push(replies[0]);
      return paragraphs(replies[0]);
    };

    const first = await send(t(definition.titleKey));
    expect(first[0]).toBe(t('common.procedure.starting', { title: t(definition.titleKey) }));
    let last = first;
    for (const press of script.presses) last = await send(text(press));

    const ticket = { ticket: `T${chat.escalations.length}` };
    expect(last).toContain(script.escalation ? t(script.ends, ticket) : t(script.ends));
    if (script.wrapUp) expect(last.at(-1)).toBe(t('feedback.askSolved'));
    if (script.escalation) {
      expect(chat.escalations).toHaveLength(1);
      expect(chat.escalations[0]).toMatchObject({ ...script.escalation, procedureId: script.escalation.procedureId ?? id, locale });
    } else {
      expect(chat.escalations).toEqual([]);
    }
    if (script.record) {
      const ended = (await chat.outcomes.all()).filter((r) => r.procedureId === id);
      expect(ended).toEqual([expect.objectContaining({ ...script.record, locale, misunderstood: 0, channel: 'test' })]);
    }
    for (const turn of turns) {
      const card = cardOf(turn);
      if (card) expectValidCard(card as Record<string, unknown>);
      for (const paragraph of paragraphs(turn)) expect({ paragraph, leaked: LEAKED_KEY.test(paragraph) }).toEqual({ paragraph, leaked: false });
    }
  });
});
