import { LanguageVocabulary } from '../../bot/understanding/languageVocabulary';
import { testCatalog, testUnderstanding } from '../support/fixtures';

/**
 * What a message asks for before its topic is read: a request to delete one's data, a frozen
 * account, a question rather than a task (see Understanding.command, signals, asksWhetherNotHow).
 */
const understanding = testUnderstanding();

describe('a frozen account', () => {
  it.each([
    ['es', 'tengo un pedido pendiente de pago, eso bloquea la desvinculación?'],
    ['es', '¿qué bloquea la desvinculación de alipay?'],
  ])('%s: "%s" says what blocks a step, not that an account is blocked (French "bloqué" matches its own forms only)', (_lng, text) => {
    expect(understanding.command(text)?.kind).not.toBe('frozen');
    expect(understanding.signals(text).frozen).toBe(false);
  });

  it.each(['mon compte est bloqué', 'ma carte est bloquée', 'mi cuenta está bloqueada'])('"%s" still reports a frozen account', (text) => {
    expect(understanding.command(text)).toEqual({ kind: 'frozen' });
  });
});

describe('"delete my data"', () => {
  // "Forgot" is what people say of a password at a support desk; with "information" or "details" in
  // the same message it is not a wish to be forgotten. Only the set phrases ("forget me") are.
  it.each([
    ['en', 'I forget my password, what information do you need?'],
    ['zh', '支付密码忘记了，重置需要准备哪些信息？'],
    ['es', 'olvidé mi contraseña, ¿qué información necesito?'],
    ['fr', "j'ai oublié mon mot de passe, quelles informations faut-il ?"],
    ['el', 'ξέχασα τον κωδικό μου, τι στοιχεία χρειάζομαι;'],
    ['ko', '비밀번호를 잊어버렸는데 어떤 정보가 필요해요?'],
  ])('%s: a forgotten password with "information" is not a request to delete: %s', (_lng, text) => {
    expect(understanding.command(text)?.kind).not.toBe('eraseData');
  });

  it.each([
    ['en', "can I delete the card? I don't want my data left there"],
    ['es', 'se puede borrar la tarjeta de alipay? no me hace gracia que sigan ahi mis datos'],
    ['fr', 'je peux supprimer ma carte ? je ne veux plus que mes données restent là'],
    ['zh', '银行卡能删掉吗？不想我的数据一直留在那'],
  ])('%s: deleting one thing and data named in another clause is no request to delete the data: %s', (_lng, text) => {
    expect(understanding.command(text)?.kind).not.toBe('eraseData');
  });

  it.each([
    ['es', "necesito eliminar una tarjeta de alipay, eso esta en 'Historial de pagos' o en 'Mi cuenta'?"],
    ['zh', '删除银行卡以后交易记录还在吗'],
    ['ko', '카드 삭제하면 거래 내역은 남아있나요?'],
  ])('%s: deleting one thing with data named further off in the sentence is no request to delete the data: %s', (_lng, text) => {
    expect(understanding.command(text)?.kind).not.toBe('eraseData');
  });

  // Trial 31: "그럼 어떻게 해야 돼요? 상품 기록 지우면 되나요?" (should I delete the product record?) was asked to confirm erasing the chat.
  it.each([
    ['ko', '그럼 어떻게 해야 돼요? 상품 기록 지우면 되나요?'],
    ['en', 'should I delete the listing history first?'],
    ['zh', '把商品记录删掉可以吗？'],
    ['es', '¿borro el historial de productos?'],
    ['fr', "je supprime l'historique des annonces ?"],
    ['el', 'να διαγράψω το ιστορικό των προϊόντων;'],
  ])('%s: the records of their products or shop are theirs on the platform, no data of ours: %s', (_lng, text) => {
    expect(understanding.command(text)?.kind).not.toBe('eraseData');
  });

  it.each([
    ['en', 'delete my account and all my data'],
    ['zh', '删除 我的聊天记录'],
    ['zh', '请把我的聊天记录都删掉'],
    ['zh', '删除我的所有数据'],
    ['ko', '제 개인정보 다 지워주세요'],
  ])('%s: deleting and the data in one sentence still asks, even across "and" or a space: %s', (_lng, text) => {
    expect(understanding.command(text)?.kind).toBe('eraseData');
  });

  it.each([
    ['en', 'please forget me'],
    ['en', 'delete my data'],
    ['zh', '请忘掉我'],
    ['es', 'olvídame por favor'],
    ['fr', 'oubliez-moi'],
    ['el', 'ξεχάστε με'],
    ['ko', '잊힐 권리를 행사하고 싶어요'],
  ])('%s: "%s" still asks to delete', (_lng, text) => {
    expect(understanding.command(text)?.kind).toBe('eraseData');
  });
});

describe('a need or a reason asked about is a question, a need or a problem told is a task', () => {
  it.each([
    ['en', 'do i need to register to pay with alipay?', true],
    ['en', 'i need to register to pay with alipay', false],
    ['es', 'necesito activar la membresia?', true],
    ['es', 'que necesito para cambiar la contraseña de pago', true],
    ['es', 'necesito activar la membresia', false],
    ['es', 'qué necesito hacer para activar la membresia?', false],
    ['el', 'πρέπει να εγγραφώ για να πληρώσω με alipay;', true],
    ['el', 'πρέπει να εγγραφώ στο alipay', false],
    ['zh', '需要先注册支付宝吗', true],
    ['zh', '我要注册支付宝', false],
    ['zh', '我要解绑支付宝可以吗', false],
    ['zh', '为什么我的1688账号绑定不了WorldFirst？', true],
    ['en', "why can't I bind my 1688 account to worldfirst?", true],
    ['en', "i can't bind my 1688 account to worldfirst", false],
    ['fr', "pourquoi je n'arrive pas à lier mon 1688 à worldfirst ?", true],
    ['el', 'Θέλω να πληρώσω μια παραγγελία στο AliExpress μέσω Alipay. Χρειάζεται να κάνω πρώτα εγγραφή;', true],
    ['el', 'Προσπαθώ να συνδέσω το 1688 με το WorldFirst αλλά δεν γίνεται. Για ποιο λόγο;', true],
    ['el', 'τι χρειάζεται να κάνω για να συνδέσω το 1688;', false],
    ['en', 'i want to unbind alipay, is it possible?', false],
  ])('%s: "%s" asks whether, not how → %p', (lng, text, asks) => {
    expect(understanding.questions.asksWhetherNotHow(text, lng)).toBe(asks);
  });
});

describe('Chinese questions with 几 and no question particle', () => {
  it.each([
    ['国际账户提现到国内银行卡要几天啊', 'duration'],
    ['支付密码输错几次会被锁啊', 'count'],
  ])('"%s" asks for a %s', (text, detail) => {
    expect(understanding.questions.asksQuestion(text, 'zh')).toBe(true);
    expect(understanding.questions.detailsAsked(text, 'zh')?.details).toContain(detail);
  });

  it('"试了几次都不行" tells a problem; it asks nothing', () => {
    expect(understanding.questions.asksQuestion('试了几次都不行', 'zh')).toBe(false);
  });
});

describe("products' short names", () => {
  it('reads "AE" and "WF" as the names the training phrasings use, as whole words only', async () => {
    expect((await understanding.classify('支付宝是谁搞出来的 跟AE是一家的吗', 'zh')).intent).toBe('faq_alipay_who_created');
    expect((await understanding.classify('还没有WF账号的话 是不是得先注册一个才能在1688用跨境宝付款啊', 'zh')).intent).toBe('faq_1688_worldfirst_register');
    const zh = LanguageVocabulary.of('zh', testCatalog().vocabulary.zh);
    expect(zh.withProductNames('跟AE是一家的吗')).toBe('跟速卖通是一家的吗');
    expect(zh.withProductNames('AEON卡能用吗')).toBe('AEON卡能用吗');
  });
});
