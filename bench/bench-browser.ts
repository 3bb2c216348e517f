/**
 * The bench's Chromium: Debian's, headless, no background traffic; and a context that lets the page
 * load only from the bench's own local server.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium as every bench runs it; `jsFlags` passes V8 flags (e.g. `--trace-gc`). */
export function launchBenchChromium(jsFlags = process.env.JSFLAGS): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    args: [...(jsFlags ? [`--js-flags=${jsFlags}`] : []), '--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** A context of the bench's viewport that serves `origin` and blocks everything else, counting what it blocked. */
export async function offlineContext(browser: Browser, origin: string): Promise<{ context: BrowserContext; blocked: () => number }> {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  let blocked = 0;
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith(`${origin}/`)) return route.continue();
    blocked++;
    return route.abort('blockedbyclient');
  });
  return { context, blocked: () => blocked };
}
