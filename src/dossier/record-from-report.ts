/**
 * What the record keeps of one analysed page: the engine's report, reduced to the page's header, its
 * mention counts and its attributed quotes.
 */
import type { AnalysisReport } from '../analysis/types';
import { canonicalUrl, siteOf } from './canonical-url';
import type { PageVisit } from './types';

/**
 * `url` is the address the tab showed; the page's own canonical URL (report.url) wins, so the same
 * article reached by two links is one page. `visitedAt` is milliseconds since the epoch.
 */
export function recordFromReport(report: AnalysisReport, url: string, visitedAt: number): PageVisit {
  const pageUrl = canonicalUrl(report.url ?? url);
  const mentionCounts: Record<string, number> = {};
  for (const entity of report.entities) if (entity.count > 0) mentionCounts[entity.id] = entity.count;
  return {
    page: {
      url: pageUrl,
      title: report.article.title,
      site: report.article.siteName?.trim() || siteOf(pageUrl),
      byline: report.article.byline,
      published: report.article.published,
      lang: report.article.lang,
      firstVisit: visitedAt,
      lastVisit: visitedAt,
      mentionCounts,
    },
    quotes: report.quotes
      .filter((quote) => quote.text.trim() !== '')
      .map((quote) => ({
        pageUrl,
        text: quote.text,
        speaker: quote.speaker,
        speakerEntityId: quote.speakerEntityId,
        aboutEntityIds: [...quote.aboutEntityIds],
        confidence: quote.confidence,
        sentence: quote.sentence,
      })),
  };
}
