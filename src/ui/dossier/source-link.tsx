/** A quote's source: the outlet and date, linked to the page scrolled to the quote (a text fragment). */
import { quoteDate } from '../../dossier/quote-date';
import { textFragmentLink } from '../../dossier/text-fragment';
import type { PageRecord } from '../../dossier/types';

export function formatDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function SourceLink({ page, quote }: { page: PageRecord; quote: string }) {
  return (
    <a class="dossier-source" href={textFragmentLink(page.url, quote)} target="_blank" rel="noopener noreferrer" title={page.title ?? page.url}>
      {page.site}, <time dateTime={formatDay(quoteDate(page))}>{formatDay(quoteDate(page))}</time>
    </a>
  );
}
