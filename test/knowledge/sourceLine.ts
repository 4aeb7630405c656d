import type { KnowledgeUnit } from '../../dialogs/knowledge';
import type { SeedId } from '../../dialogs/sources';
import type { Translate } from '../../bot/rendering/translator';

/** The line under an answer naming the articles it comes from, as a test expects it. */
export function sourceLine(t: Translate, unit: KnowledgeUnit): string {
  const articles = (Object.keys(unit.sources) as SeedId[]).sort().map((id) => t(`sources.article.${id}`));
  return t('common.answer.source', { articles });
}
