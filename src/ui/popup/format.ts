/** Display formats for the article header, in the reader's own locale. */

/** A readable date for an ISO date; other strings (the page's own wording) are shown as they are. */
export function formatPublished(published: string | null, locale?: string): string | null {
  if (published === null || published.trim() === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}/.test(published)) return published;
  const date = new Date(published);
  if (Number.isNaN(date.getTime())) return published;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(published);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(date);
}
