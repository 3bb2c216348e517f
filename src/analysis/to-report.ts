/** Turns a page analysis into the serialisable report: the CLI's JSON and the popup's data. */
import { FRESH_SLICE, runSteps, type Steps } from '../live/steps';
import { articleReadingMinutesFromProfiles } from '../summary/reading-time';
import { profileSentenceSteps, stemCentrality } from '../summary/sentence-profile';
import { summarizeArticleFromProfiles } from '../summary/summarize-article';
import { summarizeEntityFromProfiles } from '../summary/summarize-entity';
import type { PageAnalysis } from './analyze-document';
import { displayText, sentenceAt } from './sentence-index';
import type { AnalysisReport, EntityReport, Mention, QuoteReport, Span } from './types';

export function toReport(analysis: PageAnalysis): AnalysisReport {
  return runSteps(toReportSteps(analysis));
}

/**
 * The same in steps. Every summary ranks the same sentence profiles, so they are made once, in
 * steps, for the article and for each entity.
 */
export function* toReportSteps(analysis: PageAnalysis): Steps<AnalysisReport> {
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

  // Profiling and the reading time each run regexes with Unicode classes that V8 compiles on their
  // first use in a page, 10–15 ms apiece: each starts a slice of its own.
  yield FRESH_SLICE;
  const profiles = yield* profileSentenceSteps(text, sentences, mentions);
  const centrality = stemCentrality(profiles);
  yield;
  const entities: EntityReport[] = [];
  for (const entity of catalog) {
    const found = byEntity.get(entity.id);
    if (!found || found.length === 0) continue;
    yield;
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

  yield;
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
  yield FRESH_SLICE;
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
