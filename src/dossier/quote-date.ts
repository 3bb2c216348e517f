/** The date a page's quotes are placed at: when the page says it was published, else when it was read. */
export function quoteDate(page: { published: string | null; lastVisit: number }): number {
  const published = page.published ? Date.parse(page.published) : NaN;
  return Number.isNaN(published) ? page.lastVisit : published;
}

/** YYYY-MM-DD in UTC: the timeline's unit. */
export function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
