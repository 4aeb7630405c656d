import { z } from 'zod';

/**
 * The words the bot reads with, per language (`locales/<lng>/understanding.json`). Phrases are matched on normalized text
 * (lower case, accents and punctuation removed). A phrase ending in `*` matches any word starting with it (Greek and French
 * inflections). Han and Hangul phrases match anywhere in the text, since those scripts do not separate words (or attach
 * particles to them). Braces give alternatives: "{want to|wanna} try" is both (text.ts expandAlternatives). */
const phrases = z.array(z.string().min(1));

const vocabularySchema = z.object({
  /** Culture code for @microsoft/recognizers-text, or null where it has no model for this language. */
  recognizerCulture: z.string().nullable(),
  /** The recognizers' models read with (all three when not given): each costs start-up time and memory (French numbers ~1.2 s, 10 MB). */
  recognizerModels: z.array(z.enum(['boolean', 'number', 'dateTime'])).optional(),
  /** The writing system that identifies this language on its own, if any (Han, Hangul, Greek). */
  script: z.enum(['Latin', 'Han', 'Hangul', 'Greek']),
  /** Short function words that tell this language apart from others in the same script (language identification). */
  languageHints: phrases,
  /** What a user types to switch to this language, in any language ("English please", "英文"). */
  selectLanguage: phrases,
  commands: z.object({
    menu: phrases,
    cancel: phrases,
    restart: phrases,
    human: phrases,
    frozen: phrases,
    /** "Where was I?": back to the step in progress, or to a paused procedure. */
    resume: phrases,
  }),
  /**
   * "Delete my data": a verb of deleting and a word for what the bot keeps in one message, or a whole phrase ("forget me").
   * `cardThings`: a card, a payment or an order named beside it makes a vague object theirs ("删除银行卡信息", "borrar el
   * historial de pagos": a procedure), where `vague` lists the objects that say nothing of whose they are.
   */
  eraseData: z.object({ verbs: phrases, objects: phrases, phrases, vague: phrases.default([]), cardThings: phrases.default([]) }),
  greetings: phrases,
  /** "how are you?", "¿qué tal todo?": small talk greets like a greeting and asks nothing; kept out of the greeting intent's training ("comment…"). */
  smallTalk: phrases.default([]),
  yes: phrases,
  no: phrases,
  /** Extra words for choice ids, beyond the button labels. */
  choices: z.record(z.string(), phrases),
  duration: z.object({
    justNow: phrases,
    /** Unit word stem → minutes. */
    units: z.record(z.string(), z.number().positive()),
    /** Number words → value ("twenty": 20, "半": 0.5). */
    numbers: z.record(z.string(), z.number().nonnegative()),
  }),
  /** Words that name a procedure, by procedure id (extra training phrases for the intent model). */
  procedures: z.record(z.string(), phrases),
  /** A procedure's goal said reached ("activated", "激活成功", "tarjeta eliminada"), by procedure id: see bot/conversation/goalReached.ts. */
  goalsReached: z.record(z.string(), phrases).default({}),
  /** Words that ask one of the questions answered in one reply, by answer id (same use). */
  answers: z.record(z.string(), phrases),
  /** The products' names as people write them ("alipay", "1688", "支付宝"): a question naming one is about the articles' subject. */
  productNames: phrases,
  /** The products only one article covers, by its seed id ("alipay business": 004): a fact from another article does not answer a question naming one. */
  productArticles: z.record(z.string(), phrases).default({}),
  /** Short or other names people type for a product ("AE", "WF", "ali express"), each with the name the training phrasings use ("速卖通"). */
  productAliases: z.record(z.string(), z.string()).default({}),
  /** Words of a task or a problem, not a question ("I want to", "help me", "won't", "我想"): "je veux délier alipay" walks the procedure. */
  taskCues: phrases,
  /** Asking for help with a task said beside it ("can you help me…", "ayúdame a…", "…좀 도와주세요"): the task is read without them. */
  helpRequests: phrases.default([]),
  /**
   * The task cues that tell a problem rather than a wish ("forgot", "expired", "can't", "忘了"). Told
   * before a question, a problem is its context ("I forgot my login password. Is it recovered on
   * Alipay or AliExpress?" asks a fact); a wish is a task ("je veux délier alipay, c'est possible ?").
   */
  problemCues: phrases,
  /**
   * The task cues that say a need ("I need to", "necesito", "πρέπει να", "我要"). In a question they
   * ask whether something is needed ("necesito activar la membresía?", "πρέπει να εγγραφώ;"), a
   * fact; told as a statement they are a task ("necesito cambiar la contraseña").
   */
  needCues: phrases.default([]),
  /** What people type right before a password ("my password is", "密码是"). */
  passwordLeadIns: phrases,
  /** Words for a password alone ("pw", "mdp", "비번"): what follows is masked only when it looks like a secret, so "password reset" stays readable. */
  passwordWords: phrases,
  /** What a password or code is said to be after a lead-in ("my password is wrong", "ο κωδικός είναι λάθος"): no secret, left readable. */
  passwordStates: phrases.default([]),
  /** The words that tell which password is meant, by the procedure that recovers it ("payment", "登录"): see LanguageVocabulary.passwordKinds. */
  passwordKinds: z.record(z.string(), phrases).default({}),
  /** Words for a card number ("card number", "卡号", "카드번호"): a long number beside them is masked even when no checksum says it is a card's. */
  cardWords: phrases.default([]),
  /** How answers are phrased beyond yes and no (see answers/answerReader.ts for how each list is used). */
  reading: z.object({
    /** Words that negate what follows them ("not", "没", "δεν", "안"). */
    negatorsBefore: phrases,
    /** Negators saying the user cannot do something ("can't", "进不去"): what they cannot reach is what they need, not ruled out. */
    unable: phrases.default([]),
    /** Words a negation carries over to the next verb ("never had a shop or listed anything", "ni", "ούτε"). */
    negationJoins: phrases.default([]),
    /** Endings that negate what precedes them (Korean "-지 않", "-지 못"). */
    negatorsAfter: phrases,
    /** A self-correction starts: what follows replaces what came before ("wait", "不对", "enfin"). */
    corrections: phrases,
    /** The user does not know ("not sure", "说不准", "잘 모르겠"). */
    unsure: phrases,
    /** "I don't know" only as the whole answer: unaccented "no se" inside a sentence is a negated verb ("no se borró"). */
    unsureAlone: phrases.default([]),
    /** "Yes" only as the whole answer, or closing a correction ("non… ah si"): French "si" is "if" inside a sentence. */
    yesAlone: phrases.default([]),
    /** Negators that say something never happened ("never", "jamais", "从来没"): a thing never done is not there, where one not done yet still is. */
    never: phrases.default([]),
    /** Words that are a no only as the whole answer ("아직", not yet): "아직 남아 있어요" is still there, a yes to "is there any left?". */
    noAlone: phrases.default([]),
    /** Still at the step, no answer yet ("hold on, I'm looking", "还在加载", "잠깐만요 찾는 중"): the bot waits; "bouge pas" is no "no". */
    holding: phrases,
    /** "Not yet" ("todavía no", "还没"): a wait where a step asks whether the user did what it says; elsewhere a no. */
    notYet: phrases.default([]),
    /** "All but one" ("except one", "menos uno", "除了一"): asked whether all are completed, not all are. */
    exceptions: phrases.default([]),
    /** What turns a report around ("after all", "now", "ya", "还是", "이제"): "it worked after all" reports success, however yes-like. */
    afterAll: phrases.default([]),
    /** Someone else, or another time ("my friend", "last year", "去年", "친구가"): what they did is no step of this run. */
    elsewhere: phrases.default([]),
    /** What opens a qualification of the answer before it ("yes, *but* one is still in transit"): the whole message answers. */
    contrasts: phrases.default([]),
    /** Agreement that holds a negative word ("no problem", "没问题", "pas de souci"). */
    agreeing: phrases,
    /** Read as nothing (politeness that holds a negative word: "不好意思"). */
    ignored: phrases,
    /** It is done / it worked ("done", "saved", "好了", "c'est bon", "됐어요"). */
    done: phrases,
    /** It failed or shows an error ("error", "失败", "δεν δουλεύει"). */
    failed: phrases,
    /** Failures that say it does not come or show ("收不到", "n'arrive pas"): no to "has it arrived?", where other failures say it came. */
    failedUnseen: phrases,
    /** Trouble that names no failure ("there's a problem", "有问题"): says nothing of whether a code came. */
    vagueTrouble: phrases,
    /** It comes, it is received ("arrive", "me llega", "收到", "έρχεται"): negated in a request, the code never came. */
    arrives: phrases,
    /** Something is there ("there is", "还有", "hay", "있어요"): yes to "is there…?". */
    exists: phrases,
    /** Nothing is there ("nothing", "none", "ninguna"): no to "is there…?". */
    absent: phrases,
    /** What the user looks for is in front of them ("I see it", "it's in my inbox", "ahí está", "보여요"): yes to "do you see it?", no to "is it gone?". */
    present: phrases,
    /** It is no longer there ("gone", "disappeared", "the list is empty", "ya no aparece", "사라졌어요"): yes to "is it gone?", no to "do you see it?". */
    gone: phrases,
    /** A first time ("first time", "never used it", "第一次", "처음"): yes to "is this your first visit?". */
    firstTime: phrases,
    /** Been there before ("I've used it before", "ya entré", "用过", "써 봤어요"): no to "is this your first visit?"; negated ("never been before"), yes. */
    beenBefore: phrases,
    /** Membership said in its own words ("I'm a member", "会员", "회원이에요"): yes to "are you a member?", as is saying what one sells or buys there. */
    member: phrases.default([]),
    /** Buying there ("买过东西", "I've bought on AliExpress"): yes to "are you a member?", whatever doubt comes with it. */
    memberEvidence: phrases.default([]),
    /** Words that give a reason ("because", "porque", "因为"): what follows an answer explains it. */
    because: phrases.default([]),
    /** Words of no that answer and never negate the verb after them (fr "non", en "no", el "όχι"; not es "no", which negates "no soy vendedor"). */
    standaloneNo: phrases.default([]),
    /** "Nothing else" closing a report ("…and nothing else", "rien d'autre", "别的没有"): it restricts what was said (see withoutClosingRestriction). */
    nothingElse: phrases.default([]),
    /** "Partly", "más o menos", "差不多吧" to "did this solve it?": not solved all the way, so a person is offered, as for a no. */
    partly: phrases.default([]),
    /** A word that may lead a bare verb of stopping and keep it a request ("just stop", "bon, arrête", "bueno, cancela"). */
    requestLeads: phrases.default([]),
    /** Using, right after a verb of stopping ("stop using Alipay Business", "arrêter d'utiliser"): a product is given up, not the procedure. */
    useWords: phrases.default([]),
    /** A conversation closed in words ("that's all", "eso es todo", "就这些"), thanks aside: a goodbye, whatever the classifier makes of it. */
    closings: phrases.default([]),
    /** The closings that take leave ("bye", "adiós", "再见", "안녕히 계세요"), not "that's all": a message ending in one leaves, mid-step too. */
    goodbyes: phrases.default([]),
    /** A suggestion picked by its place, one list per place ("the first one", "la primera", "第二个", "세 번째"). */
    ordinals: z.array(phrases).default([]),
    /** Words that narrow a fact to a narrower one, by name (`withdrawal`: "withdraw", "sacar", "提现"): see KnowledgeUnit.narrower. */
    narrowing: z.record(z.string(), phrases).default({}),
    /** Done once, at a "has it ever…?" step ("以前开过", "연 적 있어요", "used to have"): yes, whatever came after. */
    everDone: phrases.default([]),
    /** Sounds of hesitation among the `unsure` words ("ehh", "euh", "呃", "음"): alone they doubt; before an answer they only pause. */
    hesitations: phrases.default([]),
    /** Words of showing among `done` ("떠요", "나오네"): alone a success; after a report, what the screen shows ("오류났다고 떠요"). */
    shows: phrases.default([]),
    /** Thanks, read as yes to "did this solve your problem?". */
    thanks: phrases,
    /** "Got it", "c'est clair", "알겠어요": an answer taken in; to "shall I walk you through it?" it is no yes. */
    understood: phrases.default([]),
    /** "ok", "vale", "好的": taking in what was said; before a question, nothing done, unless it asks what next ("ok, and now?"). */
    okays: phrases.default([]),
    whatNext: phrases.default([]),
    /** "no rating", "不用评分", "평가는 생략": declining the rating; beside "solved", it is no "no" to it. */
    ratingDeclined: phrases.default([]),
    /** A clear request to stop the procedure, inside a sentence ("stop this", "je veux arrêter"). */
    stop: phrases,
    /**
     * Verbs of stopping ("cancel", "取消", "annule"): a stop with a word for the procedure in one
     * clause ("annule la procédure stp"), or as a clause of its own ("我不想提现了 取消", "άκυρο, άλλαξα γνώμη").
     */
    stopVerbs: phrases,
    /** Words for the procedure itself ("procedure", "process", "流程", "절차"). */
    procedureWords: phrases,
    /** Words around a language name that make it a request ("please", "speak", "用", "로"). */
    languageCues: phrases,
    /**
     * What tells a language named as the screen's, not asked for: right before it ("the page is in Chinese", "está en
     * chino", "页面是中文的") or, in Korean, right after it ("중국어로 되어 있어요"). Such a mention switches nothing.
     */
    languageDescribed: phrases.default([]),
    /**
     * Words that make a clause a question: question words that open it in spaced scripts ("what",
     * "comment", "πώς"), question words or particles anywhere in Chinese and Korean ("吗", "나요").
     * "yes. what happens to the balance?" answers the step with the first clause only.
     */
    questionCues: phrases,
    /** Words that open a question as surely as a question mark ("quick question", "je me demandais si", "想问一下", "궁금한 게 있는데"). */
    questionIntros: phrases.default([]),
    /** Phrases holding a question word that ask nothing ("sí que sale", "ya que", "parce que"). */
    notAsking: phrases.default([]),
    /** Words that ask for a figure ("how long", "多久", "combien", "며칠"): a reply stating none does not answer (TopicReader.detailNotStated). */
    figureQuestions: phrases,
    /**
     * Words that ask for a detail: a duration ("how many days", "多久", "며칠"), an amount of money
     * ("how much does it cost", "费率", "수수료율"), a count ("how many cards", "多少张"), support's
     * phone number and hours ("phone number", "客服电话", "ωράριο"), a fee ("fee", "手续费",
     * "frais"), a least amount or lower limit ("minimum", "最低", "최소"), another store, wallet or bank
     * the articles never name ("temu", "paypal", "微信支付", "카카오페이"). A unit answers such a
     * question only if its reply gives that detail (KnowledgeUnit.details). A duration's words win
     * over a count's or an amount's ("how many minutes", "how much time"), an amount's over a count's.
     */
    detailQuestions: z.object({
      ...{ duration: phrases, amount: phrases, count: phrases, contact: phrases, fee: phrases },
      // What each of these asks for is told on `Detail` (dialogs/knowledge/unit.ts); `clearing` only with a how or where word.
      ...{ minimum: phrases.default([]), elsewhere: phrases.default([]), device: phrases.default([]), exchange: phrases.default([]) },
      ...{ currency: phrases.default([]), tax: phrases.default([]), documents: phrases.default([]), several: phrases.default([]) },
      ...{ closing: phrases.default([]), update: phrases.default([]), clearing: phrases.default([]) },
    }),
    /** Details asked by a thing and what is done to it in one question: a contact detail changed (`update`: "email", "手机号" with "change", "改"). */
    detailPairs: z.object({ update: z.object({ things: phrases, acts: phrases }).default({ things: [], acts: [] }) }),
    /**
     * Words that ask how or where to do something ("how do I", "cómo", "怎么", "어떻게", "πώς"): such
     * a question asks for the procedure. A question without them, or a task's words, asks whether,
     * when or why ("can I still add a card?", "c'est faisable ?"): a fact, never a procedure started.
     */
    howQuestions: phrases,
    /**
     * How or where words that ask only when they open the message: unaccented they are also other
     * words ("πως", that; "που", which; "como", like; "ou", or), so inside a sentence they ask nothing.
     */
    howOpeners: phrases.default([]),
    /** Words that ask for a reason ("why", "pourquoi", "为什么"): a problem asked the reason of is the question's topic, not a task. */
    whyWords: phrases.default([]),
    /** Words that ask whether something is needed ("do I need", "hace falta", "χρειάζεται", "需要"): asked, they make a wish told beside them context. */
    needQuestions: phrases.default([]),
    /** Endings that close a question where people type no question mark (Chinese "吗", "呢"; Korean "나요", "까요"). */
    questionEndings: z.array(z.string()),
    /** The question endings as sure as a question mark (Chinese "吗", Korean "…습니까", "…뭐예요"): what comes after such a question answers. */
    sureQuestionEndings: z.array(z.string()).default([]),
    /** Words that open a new clause, so a question after an answer is read apart ("but", "by the way", "근데", "顺便问下"). */
    clauseBreaks: phrases,
    /** A hedge before "frozen" makes it a question, not a statement ("if", "whether", "是否"). */
    hedges: phrases,
    /** Things that can be frozen besides an account ("deposit", "保证金"): their freeze is a question for the articles, not an emergency. */
    frozenNotAccount: phrases,
    /**
     * The page, screen, phone or app stuck or locked, said with a word of `commands.frozen` ("la
     * página se bloquea", "η σελίδα πάγωσε", "页面冻结"): that word is not a frozen account. Only the
     * frozen word inside such a phrase is set aside, so "my account is frozen and the page froze"
     * still goes to a person. Every phrase names what is stuck: "I'm blocked" may mean the account.
     */
    stuckNotFrozen: phrases.default([]),
    /**
     * Things on the screen ("page", "app", "browser", "页面", "페이지"): a frozen word in a clause
     * naming one and no account ("la page est bloquée", "페이지가 차단됐다고 떠요") is the screen
     * stuck, not a frozen account; with an account word (`accountWords`) it is the account.
     */
    screenThings: phrases,
    /** Words for the account itself ("account", "compte", "계정", "账户"); a product's name counts too. */
    accountWords: phrases,
    /** Words that ask for something ("I want", "pásame", "转"): a person named beside an answer is asked for only with one ("no, I want an agent"). */
    asksFor: phrases.default([]),
    /** A polite "I'm fine" that declines an offer ("I'm good", "c'est bon merci", "괜찮아요"); elsewhere these may say yes. */
    declines: phrases.default([]),
    /** Agreeing to try what is offered ("on essaie", "probemos", "해볼게요"): yes to an offer only; at a step, nothing is done yet. */
    accepts: phrases.default([]),
    /** A wish ("i'd like to", "quiero", "想*", "싶어"): with a word of the offer ("…add one?" "I want to add it"), takes or declines it. */
    wishes: phrases.default([]),
    /** The user will do it themself ("myself", "自己", "직접"): "I'll call customer service myself" asks the bot for no one. */
    onMyOwn: phrases.default([]),
    /** Rating words → stars ("excellent": 5, "满分": 5). */
    ratings: z.record(z.string(), z.number().int().min(1).max(5)),
  }),
})
  .refine((v) => v.problemCues.every((cue) => v.taskCues.includes(cue)), { message: 'every problemCues entry must also be in taskCues', path: ['problemCues'] })
  .refine((v) => v.needCues.every((cue) => v.taskCues.includes(cue)), { message: 'every needCues entry must also be in taskCues', path: ['needCues'] });

export type Vocabulary = z.infer<typeof vocabularySchema>;

export function parseVocabulary(content: unknown, path: string): Vocabulary {
  const parsed = vocabularySchema.safeParse(content);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`${path} is not a valid vocabulary file (${where}). Compare it with locales/en/understanding.json.`);
  }
  return parsed.data;
}
