/**
 * Pages and the statements their quotes make, grouped: the shape `dossier collect --json` prints,
 * built with the grouping the dossier page uses.
 */
import { groupStatements, type SourcedQuote } from './grouping/group-statements';
import type { DiffPart } from './grouping/word-diff';
import type { PageVisit } from './types';

export interface CollectedRecord {
  pages: { url: string; title: string | null; site: string; published: string | null }[];
  statements: CollectedStatement[];
}

export interface CollectedStatement {
  text: string;
  /** Who the sources name, each with the pages (indices into `pages`) that name them. */
  speakers: { name: string | null; entityId: string | null; sources: number[] }[];
  sources: { pageIndex: number; text: string; speaker: string | null }[];
  wordingDiffers: boolean;
  attributionDiffers: boolean;
  /** Where the wording differs: each other wording's word diff against `text`. */
  diffs: { text: string; parts: DiffPart[] }[];
}

/** Statements with the most sources first; among equals, in the order they were met. */
export function collectRecord(visits: readonly PageVisit[]): CollectedRecord {
  const quotes: SourcedQuote<number>[] = visits.flatMap((visit, pageIndex) =>
    visit.quotes.map((quote) => ({ text: quote.text, speaker: quote.speaker, speakerEntityId: quote.speakerEntityId, source: pageIndex })));
  const statements = groupStatements(quotes)
    .map((group): CollectedStatement => ({
      text: group.text,
      speakers: group.speakers.map((speaker) => ({ ...speaker, sources: [...new Set(speaker.sources)] })),
      sources: group.sources.map((source) => ({ pageIndex: source.source, text: source.text, speaker: source.speaker })),
      wordingDiffers: group.wordingDiffers,
      attributionDiffers: group.attributionDiffers,
      diffs: group.diffs,
    }))
    .sort((a, b) => b.sources.length - a.sources.length);
  return {
    pages: visits.map(({ page }) => ({ url: page.url, title: page.title, site: page.site, published: page.published })),
    statements,
  };
}
