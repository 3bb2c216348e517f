/** Quotes newest first, each with its speaker and its source. */
import { quoteDate } from '../../dossier/quote-date';
import type { PageRecord, QuoteRecord } from '../../dossier/types';
import { t } from '../../i18n/strings';
import { SourceLink } from './source-link';

export interface DossierQuote {
  quote: QuoteRecord;
  page: PageRecord;
}

interface Props {
  items: readonly DossierQuote[];
  /** When given, each quote offers to delete its page from the dossier. */
  onDeletePage?: (page: PageRecord) => void;
}

export function QuoteList({ items, onDeletePage }: Props) {
  if (items.length === 0) return <p class="muted">{t('dossierQuotesNone')}</p>;
  const newestFirst = [...items].sort((a, b) => quoteDate(b.page) - quoteDate(a.page));
  return (
    <ul class="dossier-quotes">
      {newestFirst.map(({ quote, page }, index) => (
        <li key={index} class="dossier-quote">
          <q>{quote.text}</q>
          <span class="dossier-quote-by"> — {quote.speaker ?? t('dossierUnattributed')}, </span>
          <SourceLink page={page} quote={quote.text} />
          {onDeletePage && (
            <button type="button" class="small-button dossier-delete-page" aria-label={t('dossierDeletePage', page.title ?? page.site)} onClick={() => onDeletePage(page)}>
              {t('dossierDelete')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
