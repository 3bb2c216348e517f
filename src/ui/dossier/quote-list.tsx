/** Quotes newest first, each with its speaker and its source. */
import { quoteDate } from '../../dossier/quote-date';
import type { PageRecord, QuoteRecord } from '../../dossier/types';
import { t } from '../../i18n/strings';
import { SourceLink } from './source-link';

export interface DossierQuote {
  quote: QuoteRecord;
  page: PageRecord;
}

export function QuoteList({ items }: { items: readonly DossierQuote[] }) {
  if (items.length === 0) return <p class="muted">{t('dossierQuotesNone')}</p>;
  const newestFirst = [...items].sort((a, b) => quoteDate(b.page) - quoteDate(a.page));
  return (
    <ul class="dossier-quotes">
      {newestFirst.map(({ quote, page }, index) => (
        <li key={index} class="dossier-quote">
          <q>{quote.text}</q>
          <span class="dossier-quote-by"> — {quote.speaker ?? t('dossierUnattributed')}, </span>
          <SourceLink page={page} quote={quote.text} />
        </li>
      ))}
    </ul>
  );
}
