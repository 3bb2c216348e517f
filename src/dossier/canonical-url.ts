/**
 * The URL the record keys a page by: the page's own canonical URL where it gives one, without the
 * fragment and the tracking parameters that make one article many URLs.
 */

/** Query parameters that only say where a reader came from, never which page it is. */
const TRACKING_PARAMETERS: RegExp[] = [/^utm_/i, /^fbclid$/i, /^gclid$/i, /^mc_[ce]id$/i, /^ocid$/i, /^ref_?src$/i, /^smid$/i];

export function canonicalUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.trim();
  }
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAMETERS.some((pattern) => pattern.test(name))) parsed.searchParams.delete(name);
  }
  return parsed.toString();
}

/** The host without "www.", the outlet's name of last resort. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./i, '');
  } catch {
    return url;
  }
}
