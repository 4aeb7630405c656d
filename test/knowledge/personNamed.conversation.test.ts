import { askFirst } from './knowledgeCases';

/**
 * A question that names someone at support without asking for them ("the agent asked for a photo of my card, is that
 * safe?") gets its answer, then a person is offered; one that asks for a person beside a question still goes to one.
 * Through the production middleware, as the first message of a conversation.
 */
const PHOTO = 'faq_alipay_card_photo';

describe('a person named in a question the articles answer', () => {
  it.each([
    ['en', 'support told me to send them a picture of my card, should i do it?'],
    ['es', 'un agente de soporte me pide una foto de mi tarjeta por chat, se la mando?'],
    ['fr', "un conseiller me demande une photo de ma carte bancaire, je dois l'envoyer ?"],
    ['ko', '상담원이 카드 사진을 찍어서 보내 달라고 하는데 보내도 되나요?'],
    ['el', 'ένας υπάλληλος της υποστήριξης μου ζητάει φωτογραφία της κάρτας μου, να του τη στείλω;'],
  ])('in %s, "%s" is answered, then a person offered', async (locale, q) => {
    const result = await askFirst({ q, units: [PHOTO] }, locale);
    expect(result.verdict).toBe('stated');
    // Then a person, where the words named one ("support" alone names the desk, not someone who can take over).
    expect(result.said.at(-1)).toMatch(/^common\.(escalation\.offerPerson|answer\.offerProcedure)$/);
  });

  // The classifier leans to the photo answer at 0.55-0.56 only: a guess beside a person named goes to the person.
  it.each([['zh', '客服人员让我把银行卡拍照发给他，这样安全吗？']])(
    'in %s, below the firm score, the person named in "%s" is the safer reading',
    async (locale, q) => {
      expect((await askFirst({ q, units: [] }, locale)).verdict).toBe('escalated');
    },
  );

  it.each([
    ['en', 'i want to talk to an agent, can i send them a photo of my card?'],
    ['es', 'quiero hablar con un agente, ¿puedo mandarle una foto de mi tarjeta?'],
    ['ko', '상담원 연결해 주세요. 카드 사진 보내도 되나요?'],
  ])('in %s, "%s" asks for a person: it goes to one', async (locale, q) => {
    const result = await askFirst({ q, units: [] }, locale);
    expect(result.verdict).toBe('escalated');
  });
});
