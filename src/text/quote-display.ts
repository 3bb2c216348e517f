/**
 * A quote as every view shows it — hover card, popup, citation, CLI — so the text is the same
 * everywhere: page line breaks and indentation folded to single spaces, and a trailing comma dropped
 * (it only says the sentence went on: "…,” he said). Its quotation marks follow the quote's own
 * language, not the reader's interface: an English quote in „…“ looks wrong on a German interface.
 */
export function displayQuote(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\s*,$/, '');
}

/** How each language opens and closes a quotation; languages not listed use “…”. */
const QUOTATION_MARKS: Readonly<Record<string, readonly [string, string]>> = {
  en: ['“', '”'],
  de: ['„', '“'],
  ru: ['«', '»'],
  uk: ['«', '»'],
  be: ['«', '»'],
  fr: ['«\u202F', '\u202F»'],
  pl: ['„', '”'],
  cs: ['„', '“'],
  ja: ['「', '」'],
};
const DEFAULT_MARKS: readonly [string, string] = ['“', '”'];

/**
 * The quote's language: its script where that settles it (Cyrillic words are not English, whatever
 * the page says), else the page's language.
 */
export function quoteLanguage(text: string, pageLang: string | null | undefined): string {
  const page = (pageLang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (/\p{Script=Cyrillic}/u.test(text)) return page === 'uk' || page === 'be' ? page : 'ru';
  // Latin letters on a Cyrillic-script page: a foreign quote, given the marks of English.
  if (/\p{Script=Latin}/u.test(text) && (page === 'ru' || page === 'uk' || page === 'be')) return 'en';
  return page || 'en';
}

/** The quote between the marks of its own language. */
export function quoted(text: string, pageLang: string | null | undefined): string {
  const [open, close] = QUOTATION_MARKS[quoteLanguage(text, pageLang)] ?? DEFAULT_MARKS;
  return `${open}${displayQuote(text)}${close}`;
}
