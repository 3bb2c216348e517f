/**
 * Functions that run inside a test page, the same for Chromium (Playwright) and Firefox (Puppeteer):
 * each driver sends the function's source to the page, so they use nothing from outside.
 */

/** Marks per entity id (each mention once, however many pieces markup split it into). */
export function countMarksInPage(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const mark of document.querySelectorAll('mark[data-dossier-mark]:not([data-dossier-continued])')) {
    const id = mark.getAttribute('data-entity') ?? '?';
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}
