import { createAnswerCatalogue, createCatalogue } from '../../dialogs/catalogue';
import type { EscalationRequest } from '../../bot/contracts/escalationPort';
import { emptyConversationData, type ConversationData } from '../../bot/contracts/conversationData';
import type { DeskEvent, DeskStatus, EnqueueResult, LiveDesk, QueueRequest } from '../../bot/contracts/liveDesk';
import type { UserMessage } from '../../bot/contracts/userMessage';
import { ConversationEngine, type EngineResult } from '../../bot/conversation/conversationEngine';
import { createTranslator } from '../../bot/locales/translator';
import { MemoryOutcomeLog } from '../../bot/outcomes/outcomeLog';
import type { IntentClassifier, IntentResult } from '../../bot/understanding/intents/intentClassifier';
import { Understanding } from '../../bot/understanding/understanding';
import { FIXED_NOW, testCatalog, testClassifier, testRecognizers, testUnderstanding, translate } from '../support/fixtures';

/**
 * The engine on its own, without botbuilder: the route table's order and the offers, with fakes
 * for the desk, the ticket port and the outcome log. (The conversation tests run the same engine
 * through the production middleware.)
 */
const t = translate('en');
const yes = t('common.choice.yes');
const no = t('common.choice.no');

class FakeDesk implements LiveDesk {
  readonly queued: QueueRequest[] = [];
  readonly fromUsers: string[] = [];
  status_: DeskStatus = { kind: 'unknown' };
  async enqueue(request: QueueRequest): Promise<EnqueueResult> {
    this.queued.push(request);
    this.status_ = { kind: 'queued', position: 1, estimatedMinutes: 2 };
    return { kind: 'queued', position: 1, estimatedMinutes: 2 };
  }
  async status(): Promise<DeskStatus> {
    return this.status_;
  }
  async leave(): Promise<void> {
    this.status_ = { kind: 'unknown' };
  }
  async fromUser(_conversationId: string, text: string): Promise<void> {
    this.fromUsers.push(text);
  }
}

/** The real reader with a classifier that reads every message as `reading` (English): the routes alone decide. */
function readingAlways(reading: Pick<IntentResult, 'intent' | 'score' | 'alternatives'>): Understanding {
  const real = testClassifier();
  const fake = {
    classify: async (text: string): Promise<IntentResult> => ({ text, locale: 'en', networkScore: reading.score, agreed: false, ...reading }),
    detectLanguage: (text: string, conversationLocale?: string) => real.detectLanguage(text, conversationLocale),
    warm: async () => undefined,
  } as unknown as IntentClassifier;
  return new Understanding(testCatalog().vocabulary, fake, () => FIXED_NOW, testRecognizers());
}

function setUp(options: { desk?: FakeDesk; understanding?: Understanding } = {}) {
  const tickets: EscalationRequest[] = [];
  const outcomes = new MemoryOutcomeLog();
  const engine = new ConversationEngine({
    catalogue: createCatalogue(),
    answers: createAnswerCatalogue(),
    understanding: options.understanding ?? testUnderstanding(),
    translator: createTranslator(testCatalog(), 'en'),
    escalation: { escalate: async (request) => (tickets.push(request), { id: `T${tickets.length}` }) },
    outcomes,
    defaultLocale: 'en',
    now: () => FIXED_NOW,
    ...(options.desk ? { handoffMode: 'hub' as const, desk: options.desk } : {}),
  });
  let data: ConversationData = { ...emptyConversationData(), locale: 'en' };
  const say = async (text: string): Promise<string[]> => {
    const result: EngineResult = await engine.handleMessage(data, message(text));
    data = result.data;
    return result.replies.map((r) => r.text);
  };
  return { engine, tickets, outcomes, say, data: () => data, setData: (d: ConversationData) => (data = d) };
}

function message(text: string): UserMessage {
  return { conversationId: 'c1', text, textWasCut: false, attachmentCount: 0, privacyFindings: [] };
}

describe('conversation engine (route table, with fakes)', () => {
  it('takes a frozen account before the step answer in the same message', async () => {
    const { say, tickets, outcomes } = setUp();
    await say(t('activateMembership.title'));
    expect(await say('yes, but my account is frozen')).toEqual([t('common.escalation.frozen'), t('common.escalation.recorded', { ticket: 'T1' })]);
    expect(tickets).toEqual([expect.objectContaining({ reason: 'account_frozen', procedureId: 'activate_membership', step: 'openAccountPage' })]);
    expect(await outcomes.all()).toEqual([expect.objectContaining({ procedureId: 'activate_membership', outcome: 'escalated' })]);
  });

  it('lets an offer stand for one message only', async () => {
    const { say, data } = setUp();
    await say('what is alipay?');
    expect(data().offer).toEqual({ kind: 'procedure', procedureId: expect.any(String), told: 'what is alipay?', answered: 'faq_what_is_alipay' });
    await say('hello');
    expect(data().offer).toBeUndefined();
    expect(await say(yes)).not.toContain(t('common.procedure.starting', { title: t('registerAlipay.title') }));
  });

  it('answers "stop this one?" before the step: no goes back to the step, yes stops it', async () => {
    const { say, data, setData, outcomes } = setUp();
    await say(t('activateMembership.title'));
    setData({ ...data(), offer: { kind: 'stop' } });
    expect(await say(no)).toEqual([t('common.procedure.continuing'), t('activateMembership.openAccountPage')]);
    expect(data().procedure?.procedureId).toBe('activate_membership');
    setData({ ...data(), offer: { kind: 'stop' } });
    expect(await say(yes)).toEqual([t('common.procedure.cancelled')]);
    expect(data().procedure).toBeUndefined();
    expect(await outcomes.all()).toEqual([expect.objectContaining({ procedureId: 'activate_membership', outcome: 'abandoned' })]);
  });

  it('reads an offer stored by an older version (a procedure id, "person", switchOffer)', async () => {
    const person = setUp();
    person.setData({ ...emptyConversationData(), locale: 'en', offer: 'person' } as unknown as ConversationData);
    await person.say(yes);
    expect(person.tickets).toEqual([expect.objectContaining({ reason: 'user_asked' })]);

    const procedure = setUp();
    procedure.setData({ ...emptyConversationData(), locale: 'en', offer: 'bind_card' } as unknown as ConversationData);
    expect((await procedure.say(yes))[0]).toBe(t('common.procedure.starting', { title: t('bindCard.title') }));

    const switching = setUp();
    await switching.say(t('activateMembership.title'));
    switching.setData({ ...switching.data(), switchOffer: 'unbind_card' } as unknown as ConversationData);
    expect(await switching.say(yes)).toEqual(
      expect.arrayContaining([
        t('common.procedure.paused', { title: t('activateMembership.title') }),
        t('common.procedure.starting', { title: t('unbindCard.title') }),
      ]),
    );
    expect(switching.data().paused?.map((p) => p.procedureId)).toEqual(['activate_membership']);
    expect('switchOffer' in switching.data()).toBe(false);
  });

  it('never starts a procedure for a question about whether, when or why on its topic; "how" starts it', async () => {
    const leaning = [
      { intent: 'faq_alipay_topup', score: 0.33 },
      { intent: 'faq_alipay_card_binding', score: 0.3 },
    ];
    const unsure = setUp({ understanding: readingAlways({ intent: 'bind_card', score: 0.6, alternatives: leaning }) });
    expect(await unsure.say('adding my card to alipay, is that still possible?')).toEqual([t('common.answer.closest')]);
    expect(unsure.data().suggested).toEqual(['faq_alipay_topup', 'faq_alipay_card_binding', 'bind_card']);
    expect(unsure.data().procedure).toBeUndefined();
    expect((await unsure.say('how do I add my card to alipay?'))[0]).toBe(t('common.procedure.starting', { title: t('bindCard.title') }));

    const sure = setUp({
      understanding: readingAlways({ intent: 'bind_card', score: 0.7, alternatives: [{ intent: 'faq_alipay_card_binding', score: 0.6 }] }),
    });
    expect((await sure.say('can I still add a card to alipay?'))[0]).toBe(t('answers.alipayCardBinding.answer'));
    expect(sure.data().procedure).toBeUndefined();
  });

  it('relays messages to the desk while a person has the conversation, and runs no route', async () => {
    const desk = new FakeDesk();
    const { say, data } = setUp({ desk });
    await say(t('common.menu.talkToPerson'));
    expect(desk.queued).toEqual([expect.objectContaining({ reason: 'user_asked', conversationId: 'c1' })]);
    expect(await say('my account is frozen')).toEqual([t('common.handoff.stillWaiting', { position: 1, minutes: 2 })]);
    expect(desk.fromUsers).toEqual(['my account is frozen']);
    expect(data().handoff?.via).toBe('hub');
  });

  it("writes the desk's news outside the user's turns, and asks how the help was at the end", async () => {
    const desk = new FakeDesk();
    const { engine, say, data, setData } = setUp({ desk });
    await say(t('common.menu.talkToPerson'));
    const send = async (event: DeskEvent) => {
      const result = await engine.deskEvent(data(), event, 'c1');
      setData(result.data);
      return result.replies.map((r) => r.text);
    };
    expect(await send({ kind: 'agentMessage', agentName: 'Ana', text: 'Hello!' })).toEqual([t('common.handoff.agentSays', { agent: 'Ana', text: 'Hello!' })]);
    expect(await send({ kind: 'ended', by: 'agent', agentName: 'Ana' })).toEqual([t('common.handoff.agentEnded', { agent: 'Ana' }), t('feedback.askSolved')]);
    expect(data().wrapUp?.procedureId).toBe('human_agent');
  });
});
