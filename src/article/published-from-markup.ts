/**
 * A published date from the page's markup when no meta tag or JSON-LD gives one: an element marked
 * `itemprop="datePublished"`, then a `<time pubdate>`, then the first `<time datetime>` inside the
 * article. A `<time>` elsewhere on the page is more often a comment's or a sidebar item's date.
 */
export function readPublishedFromMarkup(doc: Document): string | null {
  const marked = doc.querySelector('[itemprop~="datePublished"]');
  const markedValue = marked?.getAttribute('datetime') ?? marked?.getAttribute('content');
  if (markedValue?.trim()) return markedValue.trim();
  for (const selector of ['time[pubdate][datetime]', 'article time[datetime]']) {
    const value = doc.querySelector(selector)?.getAttribute('datetime')?.trim();
    if (value) return value;
  }
  return null;
}
