import { writeFileSync } from 'node:fs';
import { LOCALES } from '../support/fixtures';
import { KNOWN_MISSES_FILE, loadCases, runCase } from './answerCases';

/**
 * `npm run eval:answers`: the typed-answer cases through the production middleware, accuracy per
 * language and per class, for the dev set (the tests) and the held-out set (never tuned on),
 * with every miss listed. `--set dev|heldout` runs one of them; `--quiet` hides the misses;
 * `--write-known-misses` records the dev set's misses for the ratchet test (answers.conversation.*.test.ts).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes('--set') ? [args[args.indexOf('--set') + 1] as 'dev' | 'heldout'] : (['dev', 'heldout'] as const);
  for (const set of only) {
    const byLocale = new Map<string, [number, number]>();
    const byClass = new Map<string, [number, number]>();
    const byClassAndLocale = new Map<string, [number, number]>();
    const misses: string[] = [];
    const known: Record<string, string[]> = {};
    for (const locale of LOCALES) {
      for (const c of loadCases(set, locale)) {
        const result = await runCase(c, locale);
        for (const [map, key] of [
          [byLocale, locale],
          [byClass, c.class],
          [byClassAndLocale, `${c.class}/${locale}`],
        ] as const) {
          const [ok, all] = map.get(key) ?? [0, 0];
          map.set(key, [ok + (result.ok ? 1 : 0), all + 1]);
        }
        if (!result.ok) (known[locale] ??= []).push(c.text);
        if (!result.ok) misses.push(`${locale} ${c.class} ${c.procedure}/${c.step} "${c.text}" → ${result.problems.join('; ')}`);
      }
    }
    const pct = ([ok, all]: [number, number]) => `${((100 * ok) / all).toFixed(1)}% (${ok}/${all})`;
    const total = [...byLocale.values()].reduce(([a, b], [c, d]) => [a + c, b + d] as [number, number], [0, 0] as [number, number]);
    console.log(`\n## ${set} set: ${pct(total)}`);
    console.log('\nper language:');
    for (const [k, v] of byLocale) console.log(`  ${k.padEnd(4)} ${pct(v)}`);
    console.log('\nper class:');
    for (const [k, v] of [...byClass].sort()) console.log(`  ${k.padEnd(16)} ${pct(v)}`);
    console.log(`\nper class and language (passed/cases):\n  ${''.padEnd(16)} ${LOCALES.map((l) => l.padStart(6)).join('')}`);
    for (const cls of [...byClass.keys()].sort()) {
      const cells = LOCALES.map((l) => byClassAndLocale.get(`${cls}/${l}`) ?? [0, 0]).map(([ok, all]) => `${ok}/${all}`.padStart(6));
      console.log(`  ${cls.padEnd(16)} ${cells.join('')}`);
    }
    if (set === 'dev' && args.includes('--write-known-misses')) writeFileSync(KNOWN_MISSES_FILE, `${JSON.stringify(known, null, 2)}\n`);
    if (!args.includes('--quiet') && misses.length) console.log(`\nmisses:\n${misses.map((m) => `  ${m}`).join('\n')}`);
  }
}

void main();
