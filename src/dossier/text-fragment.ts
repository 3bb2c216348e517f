/**
 * A link that opens a page scrolled to a quote: a text fragment (`#:~:text=start,end`), which
 * browsers without support ignore, opening the page at the top.
 */

/** Words on each side of a long quote's fragment: enough to be unique, short enough to survive small edits. */
const EDGE_WORDS = 4;

/** The characters the fragment syntax gives a meaning, encoded beside what encodeURIComponent does. */
function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

export function textFragmentLink(url: string, quote: string): string {
  const words = quote.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0) return url;
  const base = url.replace(/#.*$/, '');
  const directive = words.length <= EDGE_WORDS * 2
    ? encodeFragmentText(words.join(' '))
    : `${encodeFragmentText(words.slice(0, EDGE_WORDS).join(' '))},${encodeFragmentText(words.slice(-EDGE_WORDS).join(' '))}`;
  return `${base}#:~:text=${directive}`;
}
