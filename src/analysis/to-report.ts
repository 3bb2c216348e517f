/** Turns a page analysis into the serialisable report: the CLI's JSON and the popup's data. */
import { estimateArticleReadingMinutes } from '../summary/reading-time';
import { summarizeArticle } from '../summary/summarize-article';
import { summarizeEntity } from '../summary/summarize-entity';
import type { PageAnalysis } from './analyze-document';
import { displayText, sentenceAt } from './sentence-index';
import type { AnalysisReport, EntityReport, Mention, QuoteReport, Span } from './types';

export function toReport(analysis: PageAnalysis): AnalysisReport {
  const { model, sentences, mentions, catalog } = analysis;
  const text = model.text;
  const sentenceText = (span: Span) => displayText(text, span);
  const sentenceOf = (offset: number) => sentenceText(sentenceAt(sentences, offset) ?? { start: offset, end: offset });

  const byEntity = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const list = byEntity.get(mention.entityId);
    if (list) list.push(mention);
    else byEntity.set(mention.entityId, [mention]);
  }

  const entities: EntityReport[] = [];
  for (const entity of catalog) {
    const found = byEntity.get(entity.id);
    if (!found || found.length === 0) continue;
    entities.push({
      id: entity.id,
      label: entity.label,
      count: found.length,
      mentions: found.map((mention) => ({ text: mention.text, sentence: sentenceOf(mention.start) })),
      summary: summarizeEntity(text, sentences, mentions, entity.id).map(sentenceText),
    });
  }
  // Most-mentioned first; ties keep the page's order of first mention.
  entities.sort((a, b) => b.count - a.count || firstOffset(byEntity, a.id) - firstOffset(byEntity, b.id));

  const quotes: QuoteReport[] = analysis.quotes.map((quote) => ({
    text: quote.text,
    speaker: quote.speaker,
    speakerRole: quote.speakerRole,
    speakerEntityId: quote.speakerEntityId,
    aboutEntityIds: quote.aboutEntityIds,
    cue: quote.cue,
    confidence: quote.confidence,
    sentence: sentenceText(quote.sentence),
  }));

  return {
    url: analysis.url,
    article: analysis.article,
    summary: summarizeArticle(text, sentences, mentions).map(sentenceText),
    // Only the prose paragraphs: navigation and link lists are not read.
    readingMinutes: estimateArticleReadingMinutes(text, sentences),
    entities,
    quotes,
  };
}

function firstOffset(byEntity: Map<string, Mention[]>, id: string): number {
  return byEntity.get(id)?.[0]?.start ?? Infinity;
}
