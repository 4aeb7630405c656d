import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testPrivacy } from '../support/fixtures';

interface Probe {
  readonly lang: string;
  readonly text: string;
  readonly secret: string | null;
  readonly kind: string;
}

/**
 * `npm run eval:privacy`: the held-out masking sets, each written apart from the filter. Per language and kind: how many
 * secrets disappeared from the masked text (recall), and how many look-alikes were left intact; then every miss.
 * `privacy-heldout.json` is no longer a clean measure (its misses, seen, led to fixes of their classes);
 * `privacy-heldout-2.json` was written fresh after that and is never tuned on.
 */
const SETS = ['privacy-heldout.json', 'privacy-heldout-2.json'];

function main(): void {
  for (const set of SETS) {
    console.log(`\n## ${set}`);
    evaluate(JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'test', 'security', set), 'utf8')) as Probe[]);
  }
}

function evaluate(probes: readonly Probe[]): void {
  const privacy = testPrivacy();
  const tally = new Map<string, { total: number; ok: number }>();
  const misses: string[] = [];
  for (const probe of probes) {
    const masked = privacy.scan(probe.text).masked;
    const ok = probe.secret === null ? masked === probe.text : !masked.includes(probe.secret) && !masked.includes(probe.secret.replace(/\s/g, ''));
    for (const key of [`${probe.lang} ${probe.kind}`, `all ${probe.kind}`, `${probe.lang} all`, 'all all']) {
      const t = tally.get(key) ?? { total: 0, ok: 0 };
      tally.set(key, { total: t.total + 1, ok: t.ok + (ok ? 1 : 0) });
    }
    if (!ok) misses.push(`${probe.lang} ${probe.kind}: ${probe.text}  →  ${masked}`);
  }
  const kinds = ['cardNumber', 'verificationCode', 'password', 'email', 'phone', 'iban', 'none', 'all'];
  console.log(`lang  ${kinds.map((k) => k.padEnd(17)).join('')}`);
  for (const lang of ['en', 'zh', 'es', 'fr', 'el', 'ko', 'all']) {
    const cells = kinds.map((kind) => {
      const t = tally.get(`${lang} ${kind}`);
      return (t ? `${t.ok}/${t.total}` : '-').padEnd(17);
    });
    console.log(`${lang.padEnd(6)}${cells.join('')}`);
  }
  console.log('\n(secret kinds: share masked; none: share left intact)\n');
  for (const miss of misses) console.log(`  ${miss}`);
}

main();
