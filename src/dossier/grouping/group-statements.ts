/**
 * Quotes from many pages grouped into statements, each with its sources, its speakers and, where the
 * wording differs, a word-level diff of each other wording against the first. The dossier page and
 * `dossier collect` both show this.
 */
import { compareWording } from './compare-wording';
import { attributionDiffers, groupSpeakers, type NamedSource } from './speakers';
import { StatementIndex, type Statement } from './statement-index';
import { wordDiff, type DiffPart } from './word-diff';

export interface SourcedQuote<Source> extends NamedSource {
  text: string;
  source: Source;
}

export interface StatementGroup<Source> {
  /** The first wording met (the fullest one where several wordings are the same words). */
  text: string;
  sources: SourcedQuote<Source>[];
  speakers: { name: string | null; entityId: string | null; sources: Source[] }[];
  wordingDiffers: boolean;
  attributionDiffers: boolean;
  /** For each wording that is not the same words as `text`: the diff from `text` to it. */
  diffs: { text: string; parts: DiffPart[] }[];
}

/** Groups the quotes in the order given (the order pages were recorded). */
export function groupStatements<Source>(quotes: readonly SourcedQuote<Source>[]): StatementGroup<Source>[] {
  const index = new StatementIndex();
  quotes.forEach((quote, id) => index.add({ id, text: quote.text }));
  return index.all().map((statement) => describeStatement(index, statement, quotes));
}

export function describeStatement<Source>(index: StatementIndex, statement: Statement, quotes: readonly SourcedQuote<Source>[]): StatementGroup<Source> {
  const sources = statement.quoteIds.map((id) => quotes[id]!);
  const wordings = statement.wordingIds.map((id) => index.wording(id));
  // Of the wordings that are the same words, the longest stands for the statement.
  const first = wordings[0]!;
  const shown = wordings
    .filter((wording) => compareWording(first.words, wording.words).kind === 'same')
    .reduce((longest, wording) => (wording.words.words.length > longest.words.words.length ? wording : longest), first);
  const text = quotes[shown.quoteId]!.text;
  const diffs = wordings
    .filter((wording) => compareWording(shown.words, wording.words).kind !== 'same')
    .map((wording) => ({ text: quotes[wording.quoteId]!.text, parts: wordDiff(text, quotes[wording.quoteId]!.text) }));
  const speakerGroups = groupSpeakers(sources);
  return {
    text,
    sources,
    speakers: speakerGroups.map((group) => ({
      name: group.name,
      entityId: group.entityId,
      sources: group.sourceIndices.map((i) => sources[i]!.source),
    })),
    wordingDiffers: diffs.length > 0,
    attributionDiffers: attributionDiffers(speakerGroups),
    diffs,
  };
}
