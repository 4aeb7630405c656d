import { FACTS } from '../../dialogs/facts';
import { buttons, LOCALES, paragraphs, testConversation, translate, typedBy } from '../support/fixtures';

describe.each(LOCALES)('membership activation in %s', (locale) => {
  const t = translate(locale);
  const yes = t('common.choice.yes');
  const no = t('common.choice.no');
  const title = t('activateMembership.title');

  /** Drives the procedure to the SMS-code question. */
  const toCodeQuestion = async (chat: ReturnType<typeof testConversation>) => {
    expect(await chat.say(title)).toEqual([t('common.procedure.starting', { title }), t('activateMembership.openAccountPage')]);
    expect(await chat.say(yes)).toEqual([t('activateMembership.clickActivateNow')]);
    expect(await chat.say(yes)).toEqual([t('activateMembership.createPaymentPassword')]);
    expect(await chat.say(yes)).toEqual([t('activateMembership.askPhoneBound')]);
    expect(await chat.say(yes)).toEqual([t('activateMembership.verifyPhone'), t('smsCode.askCodeReceived')]);
    expect(await chat.say(yes)).toEqual([t('smsCode.askCodeAge')]);
  };

  it('greets in the language and offers the menu with buttons', async () => {
    const chat = testConversation(locale);
    const replies = await chat.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-1', name: 'User' }] });
    expect(replies.flatMap(paragraphs)).toEqual([t('common.welcome')]);
    expect(buttons(replies[0])).toEqual(expect.arrayContaining([title, t('common.menu.talkToPerson')]));
    expect(await chat.say(typedBy(locale).greeting)).toEqual([t('common.greeting')]);
  });

  it('accepts a code that arrived within the validity and finishes', async () => {
    const chat = testConversation(locale);
    await toCodeQuestion(chat);
    expect(await chat.say(typedBy(locale).codeAgeValid)).toEqual([
      t('smsCode.codeStillValid', { minutesLeft: FACTS.smsCodeValidityMinutes - 20 }),
      t('smsCode.enterCode'),
    ]);
    expect(await chat.say(yes)).toEqual([t('smsCode.verified'), t('activateMembership.activated'), t('feedback.askSolved')]);
    expect(await chat.say(yes)).toEqual([t('feedback.askRating')]);
    expect(await chat.say('4')).toEqual([t('feedback.thanks'), t('common.procedure.anythingElse')]);
    expect(await chat.say(no)).toEqual([t('common.goodbye')]);
    expect((await chat.storedState()).support.outcomes.map((o) => [o.procedureId, o.outcome, o.solved, o.rating])).toEqual([
      ['sms_code', 'solved', null, null],
      ['activate_membership', 'solved', true, 4],
    ]);
  });

  it('tells the user an old code has expired and has them request a new one', async () => {
    const chat = testConversation(locale);
    await toCodeQuestion(chat);
    expect(await chat.say(typedBy(locale).codeAgeExpired)).toEqual([t('smsCode.codeExpired'), t('smsCode.requestNewCode')]);
    expect(await chat.say(yes)).toEqual([t('smsCode.enterCode')]);
    expect(await chat.say(yes)).toEqual([t('smsCode.verified'), t('activateMembership.activated'), t('feedback.askSolved')]);
  });

  it('completes without SMS when no phone is bound', async () => {
    const chat = testConversation(locale);
    await chat.say(title);
    await chat.say(yes);
    await chat.say(yes);
    await chat.say(yes);
    expect(await chat.say(no)).toEqual([t('activateMembership.activatedWithoutSms'), t('feedback.askSolved')]);
  });

  it('waits, without a guess or a cancel, while the user is still at the step', async () => {
    const chat = testConversation(locale);
    await chat.say(title);
    expect(await chat.say(typedBy(locale).holdOn)).toEqual([t('common.procedure.takeYourTime'), t('activateMembership.openAccountPage')]);
    expect(await chat.say(yes)).toEqual([t('activateMembership.clickActivateNow')]);
  });

  it('escalates a frozen account to a person, with the procedure and step', async () => {
    const chat = testConversation(locale);
    await toCodeQuestion(chat);
    expect(await chat.say(typedBy(locale).frozen)).toEqual([t('common.escalation.frozen'), t('common.escalation.recorded', { ticket: 'T1' })]);
    expect(chat.escalations).toEqual([expect.objectContaining({ reason: 'account_frozen', procedureId: 'sms_code', step: 'askCodeAge', locale })]);
    const [greeting] = (await chat.send({ text: typedBy(locale).greeting })).filter((a) => a.type === 'message');
    expect(paragraphs(greeting)).toEqual([t('common.greeting')]);
    expect(buttons(greeting)).toEqual(expect.arrayContaining([title, t('common.menu.talkToPerson')]));
  });
});

describe('conversation rules', () => {
  const en = translate('en');

  it('takes the language from the text when the channel sends none', async () => {
    const chat = testConversation(undefined);
    expect(await chat.say('你好')).toEqual([translate('zh')('common.greeting')]);
    expect(await chat.say('hello')).toEqual([translate('zh')('common.greeting')]);
  });

  it('takes a question for a question, not small talk, even when it opens with a hello or holds a "no"', async () => {
    const zh = translate('zh');
    const chat = testConversation('zh-CN');
    expect(await chat.say('您好')).toEqual([zh('common.greeting')]);
    // More than a hello: the articles are asked about (an invoice they do not mention: a person is offered).
    expect(await chat.say('您好，请问用万里汇支付1688货款，可以开增值税专用发票吗？')).not.toContain(zh('common.greeting'));
    const english = testConversation('en-US');
    expect(await english.say('no thanks')).toEqual([en('common.goodbye')]);
    expect(await english.say('no code came, can I get it sent again?')).not.toContain(en('common.goodbye'));
    // Short, holding a "no", and still a question.
    expect(await english.say('no code yet, resend?')).not.toContain(en('common.goodbye'));
    expect(await chat.say('没收到，能重发吗？')).not.toContain(zh('common.goodbye'));
  });

  it('does not answer "how long / how many" with a fact that gives no figure: the articles are silent on it', async () => {
    const chat = testConversation('en-US');
    const unknown = en('common.answer.unknown');
    // The articles give the code's validity: that answer holds the figure.
    const valid = await chat.say('How long is the phone verification code valid for?');
    expect(valid.join(' ')).toContain(String(FACTS.smsCodeValidityMinutes));
    // They say how a frozen auction deposit blocks unbinding, never how many days it stays frozen.
    expect(await chat.say('How many days until my frozen auction deposit is released?')).toEqual([unknown]);
  });

  it('lets a Korean user on an English page be answered in Korean from the first message', async () => {
    const chat = testConversation('en-US');
    expect(await chat.say('안녕하세요')).toEqual([translate('ko')('common.greeting')]);
  });

  it('switches language mid-procedure and asks the same step again', async () => {
    const chat = testConversation('en-US');
    await chat.say(en('activateMembership.title'));
    await chat.say('yes');
    const el = translate('el');
    expect(await chat.say('Ελληνικά')).toEqual([el('common.language.switched'), el('activateMembership.clickActivateNow')]);
    expect(await chat.say('ναι')).toEqual([el('activateMembership.createPaymentPassword')]);
  });

  it('cancels, restarts and shows the menu on request', async () => {
    const chat = testConversation('en-US');
    await chat.say('how do I activate my membership?');
    await chat.say('yes');
    expect(await chat.say('start over')).toEqual([
      en('common.procedure.starting', { title: en('activateMembership.title') }),
      en('activateMembership.openAccountPage'),
    ]);
    expect(await chat.say('menu')).toEqual([en('common.menu.help')]);
    expect(await chat.say('cancel')).toEqual([en('common.procedure.cancelled')]);
    expect(await chat.say('cancel')).toEqual([en('common.procedure.nothingToCancel')]);
  });

  it('re-asks the step when an answer is not understood, and offers a person after three misses', async () => {
    const chat = testConversation('en-US');
    await chat.say(en('activateMembership.title'));
    expect(await chat.say('purple elephants')).toEqual([en('common.procedure.notUnderstood'), en('activateMembership.openAccountPage')]);
    await chat.say('purple elephants');
    const third = (await chat.send({ text: 'purple elephants' })).filter((a) => a.type === 'message');
    expect(third).toHaveLength(1);
    expect(third[0].text).toBe(en('common.procedure.stillNotUnderstood'));
    expect(paragraphs(third[0])).toEqual([en('common.procedure.stillNotUnderstood'), en('activateMembership.openAccountPage')]);
    expect(buttons(third[0])).toEqual([en('common.choice.yes'), en('common.choice.no'), en('common.menu.talkToPerson')]);
    expect(third[0].inputHint).toBe('expectingInput');
    expect(await chat.say(en('common.menu.talkToPerson'))).toEqual([en('common.escalation.recorded', { ticket: 'T1' })]);
    expect(chat.escalations[0]).toMatchObject({ reason: 'user_asked', procedureId: 'activate_membership', step: 'openAccountPage' });
  });

  it('warns about a verification code and keeps it out of state, logs and the escalation transcript', async () => {
    const chat = testConversation('en-US');
    await chat.say(en('activateMembership.title'));
    expect((await chat.say('the code is 482913'))[0]).toBe(en('common.privacy.warning'));
    expect(await chat.say('my password is Tr0ub4dor')).toEqual(expect.arrayContaining([en('common.privacy.warning')]));
    await chat.say('4111 1111 1111 1111');
    await chat.say('talk to a person');
    const stored = JSON.stringify(await chat.storedState());
    const everything = stored + chat.logs.text + JSON.stringify(chat.escalations);
    for (const secret of ['482913', 'Tr0ub4dor', '4111 1111 1111 1111', '4111111111111111']) expect(everything).not.toContain(secret);
    const transcript = chat.escalations[0].transcript;
    expect(transcript.filter((l) => l.from === 'user').map((l) => l.text)).toContain('the code is ••••••');
    expect(transcript.filter((l) => l.from === 'bot').map((l) => l.key)).toContain('common.privacy.warning');
  });

  it.each([
    ['an empty message', { text: '' }, 'common.input.empty'],
    ['only emoji that answer nothing', { text: '🎉😊' }, 'common.input.emojiOnly'],
    [
      'only an attachment',
      { text: '', attachments: [{ contentType: 'image/png', contentUrl: 'https://example.invalid/a.png' }] },
      'common.input.attachmentOnly',
    ],
    ['100 KB of text', { text: 'a'.repeat(100 * 1024) }, 'common.input.tooLong'],
  ])('answers %s politely and keeps the step', async (_label, activity, key) => {
    const chat = testConversation('en-US');
    await chat.say(en('activateMembership.title'));
    const replies = await chat.say(activity.text, activity);
    expect(replies[0]).toBe(en(key, { max: 2000 }));
    expect(replies.at(-1)).toBe(en('activateMembership.openAccountPage'));
    expect(await chat.say('yes')).toEqual([en('activateMembership.clickActivateNow')]);
  });

  it('shows "typing…" while a slow turn works, then replies', async () => {
    const chat = testConversation('en-US', { escalationDelayMs: 900 });
    const activities = await chat.send({ text: 'talk to a person' });
    const types = activities.map((a) => a.type);
    expect(types.at(-1)).toBe('message');
    expect(types.slice(0, -1).length).toBeGreaterThan(0);
    expect(new Set(types.slice(0, -1))).toEqual(new Set(['typing']));
  });

  it('does not call a message of punctuation empty', async () => {
    const chat = testConversation('en-US');
    expect(await chat.say('??')).toEqual([en('common.notUnderstood')]);
  });

  it('answers a message in an unsupported language with the menu, not an error', async () => {
    // The first of these the bot does not speak (a language added later must not make this pass by luck).
    const [locale, text] = [
      ['de-DE', 'Wie aktiviere ich mein Konto?'],
      ['fi-FI', 'Miten aktivoin tilini?'],
      ['sw-KE', 'Ninawezaje kuwezesha akaunti yangu?'],
    ].find(([tag]) => !LOCALES.includes(tag.split('-')[0]))!;
    const chat = testConversation(locale);
    expect(await chat.say(text)).toEqual([en('common.notUnderstood')]);
  });

  it('processes two quick messages of one conversation one after the other', async () => {
    const chat = testConversation('en-US');
    await chat.say(en('activateMembership.title'));
    await Promise.all([
      chat.adapter.receiveActivity({ type: 'message', text: 'yes', locale: 'en-US' }),
      chat.adapter.receiveActivity({ type: 'message', text: 'yes', locale: 'en-US' }),
    ]);
    const replies = chat.adapter.activeQueue
      .splice(0)
      .filter((a) => a.type === 'message')
      .flatMap(paragraphs);
    expect(replies).toEqual([en('activateMembership.clickActivateNow'), en('activateMembership.createPaymentPassword')]);
    expect((await chat.storedState()).support.userTurns).toBe(3);
  });
});
