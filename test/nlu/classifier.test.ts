import { PassThrough } from 'node:stream';
import { createAnswerCatalogue, createCatalogue } from '../../dialogs/catalogue';
import { parseArgs, runCli, UsageError } from '../../tools/nlu/cli';
import { readDevSet } from '../../tools/nlu/evaluate';
import { forgetReadTexts, type NlpLike } from '../../bot/understanding/intents/intentModel';
import { ModelMissingError, loadClassifier, trainingCorpus } from '../../bot/understanding/intents/modelFile';
import { normalize } from '../../bot/understanding/text';
import { LOCALES, testCatalog, testClassifier, testUnderstanding } from '../support/fixtures';

/**
 * The intent classifier's behaviour on a fixed sample per language (not its accuracy: that is
 * `npm run eval:nlu`'s job), the data it is trained and measured on, and the CLI.
 */
const classifier = testClassifier();
const catalog = testCatalog();

const INTENTS = [...createCatalogue().keys(), ...createAnswerCatalogue().keys(), 'human_agent', 'account_frozen', 'greeting', 'help', 'cancel', 'none'];

/** One sentence per language per kind of intent, none of them in the training data. */
const sample: Array<[string, string, string]> = [
  ['en', 'my payment password is lost, help', 'reset_payment_password'],
  ['en', 'how can I get my funds out of the international account', 'withdraw_funds'],
  ['en', 'who won the tennis yesterday', 'none'],
  ['zh', '支付密码忘了', 'reset_payment_password'],
  ['zh', '我想把1688换成万里汇', 'move_1688_to_worldfirst'],
  ['zh', '今天股票涨了吗', 'none'],
  ['es', 'quiero desvincular mi tarjeta', 'unbind_card'],
  ['es', '¿alipay business va a cerrar mi cuenta?', 'faq_1688_account_status'],
  ['es', '¿dónde compro zapatillas baratas?', 'none'],
  ['fr', "j'ai oublié le mot de passe de paiement", 'reset_payment_password'],
  ['fr', 'où vont les remboursements 1688', 'faq_1688_refund'],
  ['fr', 'quel est le meilleur fromage', 'none'],
  ['el', 'ο λογαριασμός μου έχει παγώσει', 'account_frozen'],
  ['el', 'θέλω να μιλήσω με άνθρωπο', 'human_agent'],
  ['el', 'πού παίζει ποδόσφαιρο απόψε', 'none'],
  ['ko', '알리페이 충전 돼요?', 'faq_alipay_topup'],
  ['ko', '타오바오에서 알리페이 해제하고 싶어요', 'taobao_unbind_alipay'],
  ['ko', '내일 날씨 알려 줘', 'none'],
];

describe('intent classifier', () => {
  it.each(sample)('[%s] %s → %s', async (locale, text, intent) => {
    expect(await classifier.classify(text)).toEqual(expect.objectContaining({ text, locale, intent, score: expect.any(Number) }));
  });

  it("walks the procedure when a task's words come with a close fact (question or task)", async () => {
    // Read alone, the fact "why can't I link 1688 to WorldFirst?" scores higher; "πρέπει να" (I need to) makes it the task.
    const result = await classifier.classify('πρέπει να συνδέσω το 1688 με το worldfirst');
    expect({ intent: result.intent, beside: result.alternatives[0]?.intent }).toEqual({ intent: 'move_1688_to_worldfirst', beside: 'faq_1688_link_blocked' });
  });

  it("turns a fact into a procedure of the fact's own product only", async () => {
    // Read alone, Alipay's login-password reset scores over half the Taobao fact; the user cannot log in to Taobao.
    const result = await classifier.classify("je n'arrive pas à me connecter à taobao et je dois délier alipay, je fais comment ?");
    expect(result.intent).toBe('faq_taobao_unbind_cannot_log_in');
    expect(result.alternatives[0]).toEqual(expect.objectContaining({ intent: 'reset_login_password' }));
  });

  it('reads close misspellings of product names', async () => {
    for (const [text, intent] of [
      ['how to link worldfrist to 1688', 'move_1688_to_worldfirst'],
      ['alipy top up', 'faq_alipay_topup'],
      ['taobo alliance change alipay', 'taobao_change_alipay'],
      ['알리패이 충전', 'faq_alipay_topup'],
      ['万里會 1688', 'move_1688_to_worldfirst'],
    ]) {
      expect({ text, intent: (await classifier.classify(text)).intent }).toEqual({ text, intent });
    }
  });

  it('reads close misspellings of buttons', () => {
    const understanding = testUnderstanding();
    const choices = [
      { id: 'move_1688_to_worldfirst', label: 'Move 1688 payments from Alipay Business to WorldFirst' },
      { id: 'activate_membership', label: 'Activate Alipay International Account membership' },
      { id: 'notSure', label: 'Not sure' },
      { id: 'yes', label: 'Yes' },
    ];
    expect(understanding.matchChoice('Move 1688 payments from Alipay Busines to WordFirst', 'en', choices)).toBe('move_1688_to_worldfirst');
    expect(understanding.matchChoice('Activte Alipay International Acount membership', 'en', choices)).toBe('activate_membership');
    expect(understanding.matchChoice('Not sur', 'en', choices)).toBe('notSure');
    expect(understanding.matchChoice('Yex', 'en', choices)).toBeUndefined();
  });

  it('identifies the language: script first, then words, then the conversation for short texts', () => {
    expect(classifier.detectLanguage('支付密码忘了')).toBe('zh');
    expect(classifier.detectLanguage('My Alipay 어디 있어요')).toBe('ko');
    expect(classifier.detectLanguage('θέλω βοήθεια με το Alipay')).toBe('el');
    expect(classifier.detectLanguage('quiero desvincular mi tarjeta')).toBe('es');
    expect(classifier.detectLanguage('je veux supprimer ma carte', 'en')).toBe('fr');
    expect(classifier.detectLanguage('ok', 'fr')).toBe('fr');
    expect(classifier.detectLanguage('no', 'es')).toBe('es');
    expect(classifier.detectLanguage('merci', 'en')).toBe('fr');
  });

  it('refuses a model trained on other utterances', () => {
    const changed = { ...catalog, utterances: { ...catalog.utterances, en: { ...catalog.utterances.en, greeting: ['hello there, friend'] } } };
    expect(() => loadClassifier(changed)).toThrow(ModelMissingError);
    expect(() => loadClassifier(catalog, 'en', '/nonexistent/intents.json')).toThrow(/npm run train/);
  });
});

describe('training and dev data', () => {
  const dev = readDevSet();

  it.each(LOCALES)('%s has at least 15 phrasings for every procedure and command, 8 for every answer', (lng) => {
    const units = createAnswerCatalogue();
    for (const intent of INTENTS) {
      const n = catalog.utterances[lng][intent]?.length ?? 0;
      expect({ intent, enough: n >= (units.has(intent) ? 8 : 15) }).toEqual({ intent, enough: true });
    }
    expect(Object.keys(catalog.utterances[lng]).sort()).toEqual([...INTENTS].sort());
  });

  it.each(LOCALES)('%s has a dev set of 40+ sentences, every procedure and command, 8+ out of scope, none of them trained on', (lng) => {
    const own = dev.filter((d) => d.locale === lng);
    expect(own.length).toBeGreaterThanOrEqual(40);
    expect(own.filter((d) => d.intent === 'none').length).toBeGreaterThanOrEqual(8);
    // Answers have their own question sets (test/knowledge/dev); here every other intent is covered.
    expect(new Set(own.map((d) => d.intent).filter((i) => !createAnswerCatalogue().has(i)))).toEqual(
      new Set(INTENTS.filter((i) => !createAnswerCatalogue().has(i))),
    );
    const trained = new Set(Object.values(trainingCorpus(catalog)[lng]).flat().map(normalize));
    for (const d of own) expect({ text: d.text, trained: trained.has(normalize(d.text)) }).toEqual({ text: d.text, trained: false });
  });
});

describe('npm run nlu', () => {
  const run = async (args: string[], input = ''): Promise<unknown[]> => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const chunks: string[] = [];
    stdout.on('data', (c: Buffer) => chunks.push(c.toString()));
    stdin.end(input);
    await runCli(classifier, args, { stdin, stdout });
    return chunks
      .join('')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  };

  it('prints one JSON line for --text, with the detected or given locale', async () => {
    expect(await run(['--text', '支付密码忘了'])).toEqual([
      expect.objectContaining({ text: '支付密码忘了', locale: 'zh', intent: 'reset_payment_password', score: expect.any(Number) }),
    ]);
    expect(await run(['--text', 'ok', '--locale', 'fr'])).toEqual([
      expect.objectContaining({ text: 'ok', locale: 'fr', intent: expect.any(String), score: expect.any(Number) }),
    ]);
  });

  it('reads JSON lines in --batch and answers each, in order', async () => {
    const input = [
      { text: 'quiero desvincular mi tarjeta' },
      { text: 'ο λογαριασμός μου έχει παγώσει' },
      { text: 'merci', locale: 'fr' },
      { text: 'what is the weather like in oslo' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const out = (await run(['--batch'], `${input}\n\n`)) as Array<{ text: string; locale: string; intent: string }>;
    expect(out.map((o) => [o.text, o.locale, o.intent])).toEqual([
      ['quiero desvincular mi tarjeta', 'es', 'unbind_card'],
      ['ο λογαριασμός μου έχει παγώσει', 'el', 'account_frozen'],
      ['merci', 'fr', expect.any(String)],
      ['what is the weather like in oslo', 'en', 'none'],
    ]);
  });

  it('says how to call it when the arguments are wrong', async () => {
    expect(() => parseArgs([])).toThrow(UsageError);
    expect(() => parseArgs(['--text'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--text', 'a', '--batch'])).toThrow(UsageError);
    await expect(run(['--text', 'hi', '--locale', 'xx'])).rejects.toThrow(/unknown locale/);
    await expect(run(['--batch'], 'not json\n')).rejects.toThrow(/line 1 is not JSON/);
  });
});

describe('what NLP.js keeps of the texts it read', () => {
  /** Texts held in NLP.js's own caches: the classifier's prepared texts and each tokenizer's. */
  function keptTexts(c: object): number {
    const nlp = (c as { nlp: { nluManager: { domainManagers: Record<string, { domains: Record<string, { cache?: { results: Record<string, object> } }> }> } } })
      .nlp;
    return Object.values(nlp.nluManager.domainManagers)
      .flatMap((m) => Object.values(m.domains))
      .reduce((n, d) => n + Object.values(d.cache?.results ?? {}).reduce((k, r) => k + Object.keys(r).length, 0), 0);
  }

  it('is bounded however many different messages arrive: users’ words are not kept for an hour', async () => {
    const fresh = loadClassifier(catalog);
    for (let i = 0; i < 2500; i++) await fresh.classify(`I want to reset my payment password, ticket ${i}`, { conversationLocale: 'en' });
    const kept = keptTexts(fresh);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThanOrEqual(2000);
    // Same answers after the caches were dropped as before.
    expect((await fresh.classify('my payment password is lost, help', { conversationLocale: 'en' })).intent).toBe('reset_payment_password');
  });

  it('forgets them without failing a read in flight: messages read at once around the moment the caches are dropped', async () => {
    const fresh = loadClassifier(catalog);
    const nlp = (fresh as unknown as { nlp: NlpLike }).nlp;
    let reading = true;
    // Drops the caches between every step of every read in flight (reads await microtasks), as the 2,000th read of a busy server does.
    const churn = (async () => {
      for (let i = 0; reading && i < 1_000_000; i++) {
        forgetReadTexts(nlp, fresh.languages);
        await Promise.resolve();
      }
    })();
    const texts = Array.from({ length: 40 }, (_, i) => [`I want to reset my payment password, ticket ${i}`, `支付密码忘了 ${i}`][i % 2]);
    const results = await Promise.allSettled(texts.map((t) => fresh.classify(t)));
    reading = false;
    await churn;
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
  });
});
