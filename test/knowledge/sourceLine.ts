import { citedArticles, type KnowledgeUnit } from '../../dialogs/knowledge';
import type { Translate } from '../../bot/locales/translator';

/** The line under an answer naming the articles it comes from, as a test expects it. */
export function sourceLine(t: Translate, unit: KnowledgeUnit): string {
  return t('common.answer.source', { articles: citedArticles(unit).map((id) => t(`sources.article.${id}`)) });
}
