/**
 * A published date as ISO 8601. A date that already is ISO 8601 is kept as the page wrote it (a space
 * between date and time becomes a "T"), so its time zone offset survives: "2023-03-20T09:15:00+03:00"
 * stays Moscow time. Any other format that `Date` can read becomes UTC ISO; anything else is returned
 * as the page gives it.
 */
export function normalizePublishedDate(raw: string | null): string | null {
  if (raw === null) return null;
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  // "2023-03-20 09:15:00" is the SQL habit of many CMSs; ISO 8601 wants the "T".
  if (ISO_8601.test(trimmed)) return trimmed.replace(' ', 'T');
  // Bare numbers are not dates `Date` should guess at ("2023" would become midnight UTC, "17" a year).
  if (/^\d+$/.test(trimmed)) return trimmed;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? trimmed : new Date(time).toISOString();
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
