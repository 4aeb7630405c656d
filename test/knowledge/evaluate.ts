import { writeFileSync } from 'node:fs';
import { LOCALES } from '../support/fixtures';
import { askFirst, KNOWN_MISSES_FILE, loadQuestions, type QuestionSet, type Verdict } from './knowledgeCases';

const pct = (n: number, of: number) => `${((100 * n) / Math.max(of, 1)).toFixed(1)}%`;

/**
 * `npm run eval:knowledge`: every factual question as the first message of a new conversation,
 * per language, for the dev set (tuned on), the held-out set (never tuned on) and the silent set
 * (questions next to a known fact that the articles do not answer, never tuned on). Prints the share
 * whose first reply states the asked fact, the wrong-fact rate, how often it offered answers or a
 * person instead, and how often a question started a procedure; then every miss.
 * `--set dev|heldout|silent` runs one set; `--quiet` hides the misses; `--write-known-misses` records
 * the dev set's misses for the ratchet test (knowledge.conversation.test.ts).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const sets = args.includes('--set') ? [args[args.indexOf('--set') + 1] as QuestionSet] : (['dev', 'heldout', 'silent'] as const);
  for (const set of sets) {
    console.log(`\n## ${set} set`);
    console.log('lang  asked  stated          wrong fact  offered  started proc.  silent (no fact; offered or a person)');
    const misses: string[] = [];
    const known: Record<string, string[]> = {};
    const totals = { asked: 0, stated: 0, wrong: 0, silent: 0, silentOk: 0 };
    for (const locale of LOCALES) {
      const counts: Record<Verdict, number> = { stated: 0, wrongFact: 0, offered: 0, startedProcedure: 0, escalated: 0, other: 0 };
      let asked = 0;
      let silent = 0;
      let silentOk = 0;
      for (const c of loadQuestions(set, locale)) {
        const result = await askFirst(c, locale);
        if (c.units.length === 0) {
          silent += 1;
          if (result.ok) silentOk += 1;
        } else {
          asked += 1;
          counts[result.verdict] += 1;
        }
        if (!result.ok) (known[locale] ??= []).push(c.q);
        if (!result.ok) misses.push(`${locale} "${c.q}" → ${result.verdict} (want ${c.units.join('|') || 'offer'}; said ${result.said.join(', ')})`);
      }
      console.log(
        `${locale.padEnd(5)} ${String(asked).padStart(5)}  ${pct(counts.stated, asked).padStart(6)} (${counts.stated})`.padEnd(30) +
          `${pct(counts.wrongFact, asked).padStart(10)}  ${pct(counts.offered, asked).padStart(7)}  ${pct(counts.startedProcedure, asked).padStart(13)}  ${silentOk}/${silent}`,
      );
      totals.asked += asked;
      totals.stated += counts.stated;
      totals.wrong += counts.wrongFact;
      totals.silent += silent;
      totals.silentOk += silentOk;
    }
    console.log(
      `all   ${totals.asked}  stated ${pct(totals.stated, totals.asked)}, wrong fact ${pct(totals.wrong, totals.asked)}, silent handled ${totals.silentOk}/${totals.silent}`,
    );
    if (set === 'dev' && args.includes('--write-known-misses')) writeFileSync(KNOWN_MISSES_FILE, `${JSON.stringify(known, null, 2)}\n`);
    if (!args.includes('--quiet') && misses.length) console.log(`\nmisses:\n${misses.map((m) => `  ${m}`).join('\n')}`);
  }
}

void main();
