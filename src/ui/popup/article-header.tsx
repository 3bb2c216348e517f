import { Fragment } from 'preact';
import type { AnalysisReport } from '../../analysis/types';
import { t } from '../../i18n/strings';
import { formatPublished } from './format';

export function ArticleHeader({ report, host, incomplete = false }: { report: AnalysisReport; host: string | null; incomplete?: boolean }) {
  const { article } = report;
  const site = article.siteName ?? host;
  // Dates in the language of the words around them, not the browser's region.
  const published = formatPublished(article.published, t('lang'));
  const details = [site, article.byline, published, report.readingMinutes > 0 ? t('readingTime', report.readingMinutes) : null]
    .filter((part): part is string => Boolean(part));
  return (
    <section class="article-header" aria-labelledby="article-title">
      <h1 id="article-title" class="article-title">{article.title ?? t('untitled')}</h1>
      {details.length > 0 && (
        <p class="article-details">
          {details.map((part, index) => (
            // The separator stays outside the unbreakable part, so lines break between parts only.
            <Fragment key={index}>
              {index > 0 && ' · '}
              <span class="article-detail">{part}</span>
            </Fragment>
          ))}
        </p>
      )}
      {incomplete && (
        <p class="article-note" data-testid="header-incomplete">
          {t('headerIncomplete')}
        </p>
      )}
    </section>
  );
}
