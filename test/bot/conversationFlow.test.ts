import { createAnswerCatalogue, createCatalogue } from '../../dialogs/catalogue';
import { PRODUCTS } from '../../dialogs/procedure';
import { sourceLine } from '../knowledge/sourceLine';
import { cardOf, LOCALES, testCatalog, testConversation, translate, typedBy } from '../support/fixtures';

/**
 * How a conversation moves around procedures, in every language: answers to questions (and the
 * procedure they offer), a question in the middle of a procedure, switching to another procedure
 * and coming back, "where was I?", the wrap-up, and the menu grouped by product.
 */

const catalogue = createCatalogue();
const answers = createAnswerCatalogue();

describe.each(LOCALES)('conversation flow in %s', (locale) => {
  const t = translate(locale);
  const yes = t('common.choice.yes');
  const no = t('common.choice.no');
  const activate = t('activateMembership.title');
  const unbind = t('unbindCard.title');

  it('answers a question and offers the related procedure, which "yes" starts', async () => {
    const chat = testConversation(locale);
    const answer = answers.get('faq_what_is_alipay')!;
    const related = catalogue.get(answer.relatedProcedure)!;
    expect(await chat.say(typedBy(locale).whatIsAlipay)).toEqual([
      t(answer.answerKey),
      sourceLine(t, answer),
      t('common.answer.offerProcedure', { title: t(related.titleKey) }),
    ]);
    expect(await chat.say(yes)).toEqual([t('common.procedure.starting', { title: t(related.titleKey) }), t('accessAlipay.askBuyerOrSeller')]);
  });

  it('answers a question asked in the middle of a procedure, then asks the same step again', async () => {
    const chat = testConversation(locale);
    await chat.say(t('move1688ToWorldFirst.title'));
    expect(await chat.say(typedBy(locale).fees)).toEqual([
      t('answers.fees1688.answer'),
      sourceLine(t, answers.get('faq_1688_fees')!),
      t('common.procedure.resuming'),
      t('move1688ToWorldFirst.settleOrders'),
    ]);
    expect(await chat.say(yes)).toEqual([t('move1688ToWorldFirst.askRemainingBalance')]);
  });

  it("states no other article's fact for a question that names no product: the articles the procedure follows are silent", async () => {
    const chat = testConversation(locale);
    await chat.say(activate);
    await chat.say(yes);
    expect(await chat.say(typedBy(locale).fees)).toEqual([t('common.procedure.questionNotFound'), t('activateMembership.clickActivateNow')]);
    expect(await chat.say(yes)).toEqual([t('activateMembership.createPaymentPassword')]);
  });

  it('pauses a procedure for another one, and comes back to it after the wrap-up', async () => {
    const chat = testConversation(locale);
    await chat.say(activate);
    await chat.say(yes);
    expect(await chat.say(typedBy(locale).deleteCard)).toEqual([t('common.procedure.switchOffer', { title: unbind, current: activate })]);
    expect(await chat.say(yes)).toEqual([
      t('common.procedure.paused', { title: activate }),
      t('common.procedure.starting', { title: unbind }),
      t('unbindCard.signIn'),
    ]);
    expect(await chat.say(typedBy(locale).whereWasI)).toEqual([t('common.procedure.whereWeAre', { title: unbind, step: 1, total: 4 }), t('unbindCard.signIn')]);
    for (const answer of [yes, yes, yes]) await chat.say(answer);
    expect(await chat.say(yes)).toEqual([t('unbindCard.cardDeleted'), t('feedback.askSolved')]);
    expect(await chat.say(yes)).toEqual([t('feedback.askRating')]);
    expect(await chat.say(t('feedback.rating.5'))).toEqual([
      t('feedback.thanks'),
      t('common.procedure.backTo', { title: activate }),
      t('activateMembership.clickActivateNow'),
    ]);
    const { outcomes } = (await chat.storedState()).support;
    expect(outcomes).toEqual([expect.objectContaining({ procedureId: 'unbind_card', outcome: 'solved', solved: true, rating: 5 })]);
  });

  it('keeps a paused procedure through a cancel, and "where was I?" brings it back', async () => {
    const chat = testConversation(locale);
    await chat.say(activate);
    await chat.say(unbind);
    const cancel = testCatalog().vocabulary[locale].commands.cancel[0];
    expect((await chat.say(cancel)).slice(0, 1)).toEqual([t('common.procedure.pausedReminder', { title: activate })]);
    expect(await chat.say(typedBy(locale).whereWasI)).toEqual([t('common.procedure.backTo', { title: activate }), t('activateMembership.openAccountPage')]);
  });

  it('offers a person when the procedure did not solve the problem, naming the procedure and its last step', async () => {
    const chat = testConversation(locale);
    await chat.say(t('bindCard.title'));
    expect(await chat.say(no)).toEqual([t('bindCard.payDirectly'), t('feedback.askSolved')]);
    expect(await chat.say(no)).toEqual([t('feedback.offerPerson')]);
    expect(await chat.say(yes)).toEqual([t('common.escalation.recorded', { ticket: 'T1' })]);
    expect(chat.escalations[0]).toMatchObject({ reason: 'user_asked', procedureId: 'bind_card', step: 'payDirectly', locale });
    const { outcomes } = (await chat.storedState()).support;
    expect(outcomes).toEqual([expect.objectContaining({ procedureId: 'bind_card', outcome: 'solved', solved: false, rating: null })]);
    expect(await chat.outcomes.all()).toEqual([
      {
        procedureId: 'bind_card',
        outcome: 'solved',
        solved: false,
        rating: null,
        step: 'payDirectly',
        lastStep: 'noLongerNeeded',
        run: expect.any(String),
        misunderstood: 0,
        durationSeconds: 0,
        channel: 'test',
        locale,
        at: expect.any(String),
      },
    ]);
  });

  it('gives the Taobao article’s own instruction for a frozen account typed mid-checklist, and only offers a person', async () => {
    const chat = testConversation(locale);
    await chat.say(t('taobaoUnbindAlipay.title'));
    await chat.say(yes);
    await chat.say(no);
    const reply = await chat.say(typedBy(locale).frozen);
    expect(reply).toContain(t('taobaoUnbindAlipay.onlyTaobaoServiceCanHelp'));
    expect(reply).toContain(t('taobaoUnbindAlipay.offerPerson'));
    expect(reply).not.toContain(t('common.escalation.frozen'));
    expect(chat.escalations).toEqual([]);
    expect(await chat.say(no)).toContain(t('taobaoUnbindAlipay.contactTaobao'));
    expect(chat.escalations).toEqual([]);
    expect(await chat.outcomes.all()).toEqual([
      expect.objectContaining({ procedureId: 'taobao_unbind_alipay', outcome: 'blocked', reason: 'accountFrozen', lastStep: 'askListingsOrShop' }),
    ]);
  });

  it('records a person asked for mid-procedure with its reason and the step the user was at', async () => {
    const chat = testConversation(locale);
    await chat.say(t('bindCard.title'));
    await chat.say(yes);
    await chat.say(t('common.menu.talkToPerson'));
    expect(await chat.outcomes.all()).toEqual([
      expect.objectContaining({ procedureId: 'bind_card', outcome: 'escalated', reason: 'user_asked', lastStep: 'openCardList', misunderstood: 0 }),
    ]);
    expect(chat.escalations).toEqual([expect.objectContaining({ reason: 'user_asked', step: 'openCardList', stepsDone: ['noLongerNeeded'] })]);
  });

  it('counts every message it could not read on the run, and logs a bounded number of them', async () => {
    const chat = testConversation(locale);
    await chat.say(t('bindCard.title'));
    for (let i = 0; i < 24; i++) await chat.say('???');
    await chat.say(t('common.menu.talkToPerson'));
    const misread = (await chat.outcomes.steps()).filter((s) => s.kind === 'misunderstood');
    expect(misread).toHaveLength(20);
    expect(new Set(misread.map((s) => s.step))).toEqual(new Set(['noLongerNeeded']));
    expect(await chat.outcomes.all()).toEqual([expect.objectContaining({ misunderstood: 24 })]);
  });

  it('records a repeated failure at the step that failed, and hands the person the steps done before it', async () => {
    const chat = testConversation(locale);
    await chat.say(t('bindCard.title'));
    for (const answer of [yes, yes, no, yes]) await chat.say(answer);
    expect(chat.escalations).toEqual([
      expect.objectContaining({ reason: 'repeated_failure', step: 'fillCardForm', stepsDone: ['noLongerNeeded', 'openCardList'] }),
    ]);
  });

  it('groups the menu by product, with every procedure under its product', async () => {
    const chat = testConversation(locale);
    const [welcome] = await chat.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-1', name: 'User' }] });
    const body = cardOf(welcome)?.body ?? [];
    const groups: Record<string, string[]> = {};
    let heading = '';
    for (const element of body) {
      if (element.type === 'TextBlock' && element.weight === 'Bolder') heading = element.text ?? '';
      if (element.type === 'ActionSet') groups[heading] = [...(groups[heading] ?? []), ...(element.actions ?? []).map((a) => a.title ?? '')];
    }
    const expected = Object.fromEntries(
      PRODUCTS.map((product) => [t(`common.menu.product.${product}`), [...catalogue.values()].filter((d) => d.product === product).map((d) => t(d.titleKey))]),
    );
    expect(groups).toEqual(expected);
  });

  it('drops progress saved on a step that a newer version no longer has, and says so', async () => {
    const chat = testConversation(locale, { conversationId: `stale-${locale}` });
    await chat.say(activate);
    const key = `test/conversations/stale-${locale}/`;
    const saved = (await chat.storage.read([key]))[key] as { support: { procedure: { snapshot: { value: string } } } };
    saved.support.procedure.snapshot.value = 'askCodeAge';
    await chat.storage.write({ [key]: { ...saved, eTag: '*' } });
    expect(await chat.say(yes)).toEqual([t('common.procedure.updated', { title: activate }), t('common.menu.prompt')]);
    expect(await chat.say(activate)).toEqual([t('common.procedure.starting', { title: activate }), t('activateMembership.openAccountPage')]);
  });

  it('reads choices typed in words, not only pressed', async () => {
    const chat = testConversation(locale);
    const words = testCatalog().vocabulary[locale].choices;
    await chat.say(t('accessAlipay.title'));
    expect(await chat.say(words.seller[0])).toEqual([t('accessAlipay.openInternationalAccount')]);
    await chat.say(t('resetPaymentPassword.title'));
    for (const answer of [yes, yes, yes]) await chat.say(answer);
    expect(await chat.say(words.forgot[0])).toEqual([t('resetPaymentPassword.forgotSecurityAnswers')]);
  });

  it('says where the user is when they pick the procedure they are already in', async () => {
    const chat = testConversation(locale);
    await chat.say(activate);
    expect(await chat.say(activate)).toEqual([
      t('common.procedure.whereWeAre', { title: activate, step: 1, total: 5 }),
      t('activateMembership.openAccountPage'),
    ]);
  });

  it('asks before leaving a procedure for another one named in words, and stays on "no"', async () => {
    const chat = testConversation(locale);
    await chat.say(activate);
    expect(await chat.say(typedBy(locale).deleteCard)).toEqual([t('common.procedure.switchOffer', { title: unbind, current: activate })]);
    expect(await chat.say(no)).toEqual([t('common.procedure.continuing'), t('activateMembership.openAccountPage')]);
    expect(await chat.say(yes)).toEqual([t('activateMembership.clickActivateNow')]);
  });

  it('hands a frozen account or a request for a person to a person even in the middle of a step', async () => {
    const chat = testConversation(locale);
    await chat.say(activate);
    expect(await chat.say(typedBy(locale).frozenInWords)).toEqual([t('common.escalation.frozen'), t('common.escalation.recorded', { ticket: 'T1' })]);
    expect(chat.escalations[0]).toMatchObject({ reason: 'account_frozen', procedureId: 'activate_membership', step: 'openAccountPage' });
  });
});
