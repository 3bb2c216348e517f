/**
 * How big a saved page Dossier will read, so that any file is either analysed within about 1 GB of
 * memory and time linear in its size, or refused with one line — never a crash after a minute.
 * Measured on this project's machine (`npm run bench`, engine section): the DOM costs about 1.8 KB
 * per element, and the analysis about 45 bytes per character of text on top of it.
 */
export const PAGE_LIMITS = {
  /** Larger files are refused before they are read. */
  maxFileBytes: 50 * 1024 * 1024,
  /** Start tags in the markup: a page of millions of tiny elements would need gigabytes as a DOM. */
  maxElements: 250_000,
  /** Characters of text in the page body: the analysis of more would pass 1 GB. */
  maxTextCharacters: 10_000_000,
} as const;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Start tags in `html`, counted without building anything; stops counting past `limit`. */
export function countStartTags(html: string, limit: number): number {
  const startTag = /<[a-zA-Z]/g;
  let count = 0;
  while (startTag.exec(html) !== null) {
    if (++count > limit) break;
  }
  return count;
}
