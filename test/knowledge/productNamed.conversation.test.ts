import { createAnswerCatalogue } from '../../dialogs/catalogue';
import { citedArticles } from '../../dialogs/knowledge';
import { keysAfter } from '../support/botKeys';

/**
 * A question naming a product only one article covers (Alipay Business, 1688, WorldFirst: 004; the International Account:
 * 003; Taobao Alliance: 000) is never answered with a fact from another article (trial 28: "3k usd sitting in the alipay
 * business account, what happens to that?" got the International Account's currencies; "…余额咋办，还能拿来付1688的货吗" the
 * AliExpress balance). The fact stated, if any, cites that article; otherwise the articles' silence or the closest is said.
 */
const units = [...createAnswerCatalogue().values()];
const factsSaid = (keys: readonly string[]) => units.filter((u) => keys.includes(u.answerKey));

describe('a product named keeps its article', () => {
  it.each([
    ['en', 'we have about 3k usd sitting in the alipay business account, what happens to that?', '004'],
    ['zh', '那退款到账以后那点余额咋办，还能拿来付1688的货吗', '004'],
    ['fr', 'il me reste environ 2000 dollars sur alipay business, je fais comment pour les recuperer ?', '004'],
    ['es', 'me quedan como 500 dolares en alipay business, que hago con eso?', '004'],
    ['el', 'εχω ακομα 300 δολαρια στο alipay business, τι γινονται;', '004'],
    ['ko', '알리페이 비즈니스에 잔액이 좀 남았는데 그거 어떻게 돼요?', '004'],
    ['en', 'how many currencies does worldfirst accept?', '004'],
    ['es', '¿cuánto dinero puedo sacar del compte international?', '003'],
  ])('in %s, "%s" states no fact from another article', async (locale, question, article) => {
    const said = factsSaid(await keysAfter(locale, [question]));
    expect(said.filter((u) => !citedArticles(u).includes(article as never)).map((u) => u.id)).toEqual([]);
  });

  // Taobao alone is no product of one article: Alipay's own articles say it pays there too.
  it.each([
    ['en', 'besides aliexpress, can i use alipay to pay for stuff on taobao?'],
    ['zh', '支付宝只能在速卖通用吗，淘宝上行不行'],
  ])('in %s, "%s" is still answered by the stores Alipay pays in', async (locale, question) => {
    expect(factsSaid(await keysAfter(locale, [question])).map((u) => u.id)).toEqual(['faq_alipay_stores']);
  });
});
