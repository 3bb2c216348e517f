/**
 * The record as CSV: one row per quote and the page it was found on. RFC 4180 (CRLF line ends,
 * fields with commas, quotes or line breaks in double quotes, inner quotes doubled), UTF-8 with a
 * byte-order mark so spreadsheets read Cyrillic and umlauts right.
 */
import { textFragmentLink } from '../text-fragment';
import type { PageRecord, PageVisit, QuoteRecord } from '../types';

type Column = [header: string, value: (quote: QuoteRecord, page: PageRecord) => string | number | null];

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The columns, in order: named data, so the header and the rows cannot disagree. */
export const CSV_COLUMNS: Column[] = [
  ['quote', (quote) => quote.text],
  ['speaker', (quote) => quote.speaker],
  ['speaker_entity', (quote) => quote.speakerEntityId],
  ['about_entities', (quote) => quote.aboutEntityIds.join(' ')],
  ['confidence', (quote) => quote.confidence],
  ['sentence', (quote) => quote.sentence],
  ['title', (_quote, page) => page.title],
  ['site', (_quote, page) => page.site],
  ['published', (_quote, page) => page.published],
  ['first_visit', (_quote, page) => day(page.firstVisit)],
  ['last_visit', (_quote, page) => day(page.lastVisit)],
  ['url', (_quote, page) => page.url],
  ['link_to_quote', (quote, page) => textFragmentLink(page.url, quote.text)],
];

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * A spreadsheet runs a cell that starts with =, +, - or @ as a formula: such a text gets a leading
 * apostrophe, which spreadsheets show as text (OWASP's advice against CSV injection).
 */
function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(visits: readonly PageVisit[]): string {
  const lines = [CSV_COLUMNS.map(([header]) => header).join(',')];
  for (const { page, quotes } of visits) {
    for (const quote of quotes) lines.push(CSV_COLUMNS.map(([, value]) => csvField(value(quote, page))).join(','));
  }
  return `${BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`;
}
