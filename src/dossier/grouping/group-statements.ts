/**
 * Quotes from many pages grouped into statements, each with its sources, its speakers and, where the
 * wording differs, a word-level diff of each other wording against the first. The dossier page and
 * `dossier collect` both show this.
 */
import { compareWording } from './compare-wording';
import { attributionDiffers, groupSpeakers, type NamedSource } from './speakers';
import { StatementIndex } from './statement-index';
import { statementWords, wordsKey, type StatementWords } from './statement-words';
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
  return index.all().map((statement) => describeStatement(statement.quoteIds.map((id) => quotes[id]!)));
}

/**
 * One statement from its quotes, in the order they arrived: its wordings are their distinct words,
 * each as its first quote gives it; whether the wording and the attribution differ is read from
 * them, so a statement the store has lost sources from says only what its remaining sources say.
 */
export function describeStatement<Source>(sources: readonly SourcedQuote<Source>[]): StatementGroup<Source> {
  const wordings: { words: StatementWords; text: string }[] = [];
  const seen = new Set<string>();
  for (const source of sources) {
    const words = statementWords(source.text);
    const key = wordsKey(words);
    if (seen.has(key)) continue;
    seen.add(key);
    wordings.push({ words, text: source.text });
  }
  // Of the wordings that are the same words, the longest stands for the statement.
  const first = wordings[0]!;
  const shown = wordings
    .filter((wording) => compareWording(first.words, wording.words).kind === 'same')
    .reduce((longest, wording) => (wording.words.words.length > longest.words.words.length ? wording : longest), first);
  const text = shown.text;
  const diffs = wordings
    .filter((wording) => compareWording(shown.words, wording.words).kind !== 'same')
    .map((wording) => ({ text: wording.text, parts: wordDiff(text, wording.text) }));
  const speakerGroups = groupSpeakers(sources);
  return {
    text,
    sources: [...sources],
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
