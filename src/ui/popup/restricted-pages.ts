/**
 * Pages where the browser lets no extension run a content script. The popup says so plainly
 * instead of showing an empty result that would look like "nothing found".
 */
export type UnreachableReason = 'browser-page' | 'web-store' | 'pdf-viewer' | 'not-loaded';

const BROWSER_SCHEMES = ['chrome:', 'chrome-extension:', 'chrome-untrusted:', 'edge:', 'brave:', 'opera:', 'vivaldi:', 'about:',
  'moz-extension:', 'resource:', 'view-source:', 'devtools:', 'data:', 'javascript:', 'blob:'];

/** Extension galleries: browsers keep extensions off them to protect installs. */
const STORE_PREFIXES = [
  'https://chromewebstore.google.com/',
  'https://chrome.google.com/webstore',
  'https://addons.mozilla.org/',
  'https://microsoftedge.microsoft.com/addons',
];

/**
 * Why the content script cannot answer on `url`. `not-loaded` is an ordinary page whose script is
 * missing — typically a tab opened before Dossier was installed or updated: a reload fixes it.
 */
export function unreachableReason(url: string | null | undefined): UnreachableReason {
  if (!url) return 'browser-page';
  const lower = url.toLowerCase();
  if (BROWSER_SCHEMES.some((scheme) => lower.startsWith(scheme))) return 'browser-page';
  if (STORE_PREFIXES.some((prefix) => lower.startsWith(prefix))) return 'web-store';
  try {
    if (new URL(url).pathname.toLowerCase().endsWith('.pdf')) return 'pdf-viewer';
  } catch {
    return 'browser-page';
  }
  return 'not-loaded';
}
