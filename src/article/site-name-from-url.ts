/**
 * The host of the page's address, without a leading "www.", as the site name of last resort
 * ("www.example.com/news/…" → "example.com"). Null for addresses that are not web pages.
 */
export function siteNameFromUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    const host = hostname.replace(/^www\d*\./i, '');
    return host === '' ? null : host;
  } catch {
    return null;
  }
}
