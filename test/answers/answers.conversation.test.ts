import { LOCALES } from '../support/fixtures';
import { knownMisses, loadCases, runCase } from './answerCases';

/**
 * Typed answers in every language, every class of issue 18 (test/answers/README.md), through the
 * production middleware: the step receives what the user meant, and nothing else happens that
 * should not (no cancel, no escalation, no language change, no secret stored).
 *
 * A ratchet: the cases the reader still gets wrong are listed in known-misses.json and run as
 * `test.failing`, so a fix that makes one pass fails here until it is taken off the list
 * (`npm run eval:answers -- --set dev --write-known-misses`), and a regression fails at once.
 */
describe.each(LOCALES)('typed answers in %s', (locale) => {
  const cases = loadCases('dev', locale);
  const misses = knownMisses(locale);
  for (const c of cases) {
    const name = `${c.class}: ${c.procedure}/${c.step} "${c.text}"`;
    const run = misses.has(c.text) ? test.failing : test;
    run(name, async () => {
      const result = await runCase(c, locale);
      expect(result.problems).toEqual([]);
    });
  }
});
