/** A readable date for an ISO date; other strings (the page's own wording) are shown as they are. */
export function formatPublished(
  published: string | null,
  locale?: string,
  dateStyle: 'medium' | 'long' = 'medium',
): string | null {
  if (published === null || published.trim() === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}/.test(published)) return published;
  const date = new Date(published);
  if (Number.isNaN(date.getTime())) return published;
  // A date without a time is a calendar day, not midnight UTC shifted into the reader's zone.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(published);
  return new Intl.DateTimeFormat(locale, { dateStyle, ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(date);
}
