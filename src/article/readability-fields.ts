import { Readability } from '@mozilla/readability';

/** The fields Readability finds better than meta tags can: it reads the article body itself. */
export interface ReadabilityFields {
  /** Its title rules: JSON-LD and meta titles, else `<title>` stripped of the site name by its separators. */
  title: string | null;
  /** Meta authors, else a byline element in the body (class "byline", rel="author", itemprop="author"). */
  byline: string | null;
  /** Meta descriptions, else the first paragraph of the extracted article. */
  excerpt: string | null;
}

/**
 * Above this many elements (zero or less: never) Readability is not run at all, and the meta-tag and
 * markup fallbacks give the header alone. Its cost grows with the page and is far higher in a browser
 * than in Node: over the Readability corpus in headless Chromium, clone and parse took 30–100 ms on
 * typical news pages, up to 0.4 s on some, and 0.3–1.2 s on the 9,900-element Wikipedia page, while
 * the meta-tag path took 1–12 ms. (Measured on a busy two-core machine, first call per page.)
 */
export const DEFAULT_MAX_ELEMENTS_FOR_READABILITY = 6_000;

/**
 * Runs Readability on a deep clone, because Readability rewrites the document it is given and the
 * page itself must never change. Null when the page is too large, when Readability finds no article,
 * or when it fails on odd markup.
 */
export function readReadabilityFields(
  doc: Document,
  maxElements: number = DEFAULT_MAX_ELEMENTS_FOR_READABILITY,
): ReadabilityFields | null {
  try {
    if (!doc.documentElement || maxElements <= 0) return null;
    // querySelectorAll rather than getElementsByTagName('*'), which linkedom does not support.
    if (doc.querySelectorAll('*').length > maxElements) return null;
    const clone = doc.cloneNode(true) as Document;
    const article = new Readability(clone).parse();
    if (!article) return null;
    return {
      title: article.title ?? null,
      byline: article.byline ?? null,
      excerpt: article.excerpt ?? null,
    };
  } catch {
    return null;
  }
}
