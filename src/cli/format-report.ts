/** The CLI's readable output: what a reader wants at a glance, in the order the popup shows it. */
import type { AnalysisReport } from '../analysis/types';
import { formatPublished } from '../article/human-date';
import { quoted } from '../text/quote-display';
import { isSureAttribution } from '../quotes/confidence';

export function formatReport(report: AnalysisReport): string {
  const { article } = report;
  const lines: string[] = [];
  lines.push(article.title ?? '(untitled page)');
  const header = [article.siteName, article.byline, formatPublished(article.published, 'en-GB', 'long'), article.lang].filter(Boolean);
  if (header.length > 0) lines.push(header.join(' · '));
  if (report.url) lines.push(report.url);
  if (report.readingMinutes > 0) lines.push(`${report.readingMinutes} min read`);

  if (report.summary.length > 0) {
    lines.push('', 'Summary');
    for (const sentence of report.summary) lines.push(`  ${sentence}`);
  }

  lines.push('', report.entities.length > 0 ? 'On this page' : 'No watchlist entity on this page.');
  for (const entity of report.entities) {
    lines.push(`  ${entity.label} — ${entity.count} mention${entity.count === 1 ? '' : 's'}`);
    const first = entity.mentions[0];
    if (first) lines.push(`    first: ${first.sentence}`);
  }

  if (report.quotes.length > 0) {
    lines.push('', `Quotes (${report.quotes.length})`);
    for (const quote of report.quotes) {
      const speaker = quote.speaker ?? 'unknown speaker';
      const role = quote.speakerRole ? `, ${quote.speakerRole}` : '';
      // The popup's rule: only a sure attribution goes unmarked.
      const doubt = quote.speaker !== null && !isSureAttribution(quote) ? ' (uncertain)' : '';
      lines.push(`  ${quoted(quote.text, article.lang)} — ${speaker}${role}${doubt}`);
    }
  }
  return lines.join('\n');
}
