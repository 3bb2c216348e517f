/**
 * A published date as ISO 8601. A date that already is ISO 8601 is kept as the page wrote it, so its
 * time zone offset survives ("2023-03-20T09:15:00+03:00" stays Moscow time); any other format that
 * `Date` can read becomes UTC ISO; anything else is returned as the page gives it.
 */
export function normalizePublishedDate(raw: string | null): string | null {
  if (raw === null) return null;
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  if (ISO_8601.test(trimmed)) return trimmed;
  // Bare numbers are not dates `Date` should guess at ("2023" would become midnight UTC, "17" a year).
  if (/^\d+$/.test(trimmed)) return trimmed;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? trimmed : new Date(time).toISOString();
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
