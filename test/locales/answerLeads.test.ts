import { normalize, PhraseSet } from '../../bot/understanding/text';
import { LOCALES, testCatalog } from '../support/fixtures';
import { messageEntries } from '../support/messages';

/**
 * A fact's answer opens with the fact, not with a yes or a no: the same answer serves "can I unbind with an order
 * pending?" (no) and "does a pending order block unbinding?" (yes), and "how do I delete a card?" (trial 28: "네." before
 * the steps; "Yes." read as "yes, deleting the card affects your paid order"). The opening clause of every answer is
 * checked against the language's own yes and no words.
 */
const catalog = testCatalog();

describe.each(LOCALES)('answers in %s', (lng) => {
  const { yes, no } = catalog.vocabulary[lng];
  const answerWords = new PhraseSet([...yes, ...no]);
  const answers = messageEntries(catalog.messages[lng]).filter(([key]) => /^answers\.[^.]+\.answer$/.test(key));

  it('are there to check', () => {
    expect(answers.length).toBeGreaterThan(40);
  });

  it('open with the fact, not with a yes or a no', () => {
    const opening = (text: string) => normalize(text.split(/[.,:;。，：；!！]/u)[0]);
    expect(answers.filter(([, text]) => answerWords.isExactly(opening(text))).map(([key]) => key)).toEqual([]);
  });
});
