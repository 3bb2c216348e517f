/** Turns a page analysis into the serialisable report: the CLI's JSON and the popup's data. */
import type { ArticleMetadata } from '../article/article-metadata';
import type { Catalog } from '../catalog/entity';
import type { Mention } from '../matching/mention';
import { articleReadingMinutesFromProfiles } from '../summary/reading-time';
import { profileSentences, stemCentrality } from '../summary/sentence-profile';
import { summarizeArticleFromProfiles } from '../summary/summarize-article';
import { summarizeEntityFromProfiles } from '../summary/summarize-entity';
import type { Span } from '../text/span';
import { displayText, sentenceAt } from './sentence-index';
import type { AnalysisReport, EntityReport, Quote, QuoteReport } from './types';

/** Everything the analysis found on a page, before it is put into words for the report. */
export interface PageAnalysis {
  url: string | null;
  text: string;
  sentences: Span[];
  mentions: Mention[];
  quotes: Quote[];
  article: ArticleMetadata;
  catalog: Catalog;
}

/** Every summary ranks the same sentence profiles, so they are made once, for the article and for each entity. */
export function toReport(analysis: PageAnalysis): AnalysisReport {
  const { text, sentences, mentions, catalog } = analysis;
  const sentenceText = (span: Span) => displayText(text, span);
  const sentenceOf = (offset: number) => sentenceText(sentenceAt(sentences, offset) ?? { start: offset, end: offset });

  const byEntity = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const list = byEntity.get(mention.entityId);
    if (list) list.push(mention);
    else byEntity.set(mention.entityId, [mention]);
  }

  const profiles = profileSentences(text, sentences, mentions);
  const centrality = stemCentrality(profiles);
  const entities: EntityReport[] = [];
  for (const entity of catalog) {
    const found = byEntity.get(entity.id);
    if (!found || found.length === 0) continue;
    entities.push({
      id: entity.id,
      label: entity.label,
      count: found.length,
      mentions: found.map((mention) => ({ text: mention.text, sentence: sentenceOf(mention.start) })),
      summary: summarizeEntityFromProfiles(profiles, centrality, entity.id).map(sentenceText),
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

  const summary = summarizeArticleFromProfiles(profiles, centrality).map(sentenceText);
  return {
    url: analysis.url,
    article: analysis.article,
    summary,
    // Only the prose paragraphs: navigation and link lists are not read.
    readingMinutes: articleReadingMinutesFromProfiles(text, profiles),
    entities,
    quotes,
  };
}

function firstOffset(byEntity: Map<string, Mention[]>, id: string): number {
  return byEntity.get(id)?.[0]?.start ?? Infinity;
}
