/**
 * "N more in your dossier": what the background answers a content script's card about a speaker,
 * as plain data (the card cannot open IndexedDB: it runs on the web page's origin).
 */

export interface SpeakerHistoryAnswer {
  /** The speaker's quotes in the dossier on other pages. */
  count: number;
  /** The newest of them, with its source. */
  latest: { text: string; site: string; published: string | null; lastVisit: number; url: string } | null;
}

/** The store's answer (rows) reduced to what crosses the message boundary. */
export function toSpeakerHistoryAnswer(history: {
  count: number;
  latest: { quote: { text: string }; page: { site: string; published: string | null; lastVisit: number; url: string } } | null;
}): SpeakerHistoryAnswer {
  const { count, latest } = history;
  return {
    count,
    latest: latest && { text: latest.quote.text, site: latest.page.site, published: latest.page.published, lastVisit: latest.page.lastVisit, url: latest.page.url },
  };
}

export function isSpeakerHistoryAnswer(value: unknown): value is SpeakerHistoryAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const answer = value as Record<string, unknown>;
  if (!Number.isInteger(answer.count) || (answer.count as number) < 0) return false;
  if (answer.latest === null) return true;
  const latest = answer.latest as Record<string, unknown> | undefined;
  return typeof latest === 'object' && latest !== null && typeof latest.text === 'string' && typeof latest.site === 'string'
    && (latest.published === null || typeof latest.published === 'string') && typeof latest.lastVisit === 'number' && typeof latest.url === 'string';
}
