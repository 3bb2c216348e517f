import { cleanMetaText } from './clean-meta-text';
import type { JsonLdArticle } from './json-ld-article';

/**
 * The JSON-LD title. When `headline` and `name` differ, some sites put their own name in `name`, so
 * the one that covers more of the page's `<title>` wins; on a tie, `name` (Readability's choice).
 */
export function chooseJsonLdTitle(jsonLd: JsonLdArticle | null, pageTitle: string | null): string | null {
  if (!jsonLd) return null;
  const { headline, name } = jsonLd;
  if (headline === null || name === null || headline === name || pageTitle === null) return name ?? headline;
  return coverage(pageTitle, headline) > coverage(pageTitle, name) ? headline : name;
}

/** Share of `reference`'s words that `candidate` also has, ignoring case and punctuation. */
function coverage(reference: string, candidate: string): number {
  const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const referenceWords = words(reference);
  if (referenceWords.length === 0) return 0;
  const candidateWords = new Set(words(candidate));
  return referenceWords.filter((word) => candidateWords.has(word)).length / referenceWords.length;
}

/** The document's `<title>`, whitespace collapsed; null when it has none. */
export function readPageTitle(doc: Document): string | null {
  let title: string | null = null;
  try {
    title = doc.title;
  } catch {
    // Some DOM implementations throw on documents without a head.
  }
  return cleanMetaText(title) ?? cleanMetaText(doc.querySelector('head > title')?.textContent ?? null);
}

const SEPARATORS = /[|\-–—\\/>»]/;
const SPACED_SEPARATOR = / [|\-–—\\/>»] /g;
const HIERARCHICAL_SEPARATOR = / [\\/>»] /;

/**
 * The article title hidden in a page's `<title>`: Readability's rule (drop the site name after the
 * last separator, or before a colon; take the page's only `<h1>` when the title is very short or
 * very long; keep the whole title when too little would be left), written out here so that
 * it costs no Readability parse, and with en and em dashes counted as separators — "Headline – Site"
 * is as common in news titles as "Headline - Site" (newer Readability releases do the same).
 */
export function articleTitleFromPageTitle(doc: Document): string | null {
  const original = readPageTitle(doc);
  if (original === null) return soleHeading(doc);

  let title = original;
  let hadHierarchicalSeparators = false;
  const separators = Array.from(original.matchAll(SPACED_SEPARATOR));
  const lastSeparator = separators[separators.length - 1];
  if (lastSeparator) {
    hadHierarchicalSeparators = HIERARCHICAL_SEPARATOR.test(original);
    title = original.slice(0, lastSeparator.index);
    // "Site | Headline": too little before the last separator, so drop the first part instead.
    if (wordCount(title) < 3) title = original.replace(/^[^|\-–—\\/>»]*[|\-–—\\/>»]/, '');
  } else if (original.includes(': ')) {
    const headingMatches = Array.from(doc.querySelectorAll('h1, h2')).some(
      (heading) => cleanMetaText(heading.textContent) === original,
    );
    if (!headingMatches) {
      title = original.slice(original.lastIndexOf(':') + 1);
      if (wordCount(title) < 3) title = original.slice(original.indexOf(':') + 1);
      // Many words before the colon: it is not a "Site: Headline" title.
      else if (wordCount(original.slice(0, original.indexOf(':'))) > 5) title = original;
    }
  } else if (original.length > 150 || original.length < 15) {
    title = soleHeading(doc) ?? original;
  }

  title = title.replace(/\s+/g, ' ').trim();
  const words = wordCount(title);
  const originalWordsLessOne = wordCount(original.replace(new RegExp(SEPARATORS.source, 'g'), '')) - 1;
  if (words <= 4 && (!hadHierarchicalSeparators || words !== originalWordsLessOne)) title = original;
  return title === '' ? null : title;
}

function soleHeading(doc: Document): string | null {
  const headings = doc.getElementsByTagName('h1');
  return headings.length === 1 ? cleanMetaText(headings[0]?.textContent ?? null) : null;
}

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}
