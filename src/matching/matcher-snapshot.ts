/**
 * A compiled matcher as plain JSON, and back. The background compiles the watchlist once, when it
 * changes, and stores the result; every page then loads it instead of compiling the watchlist on
 * load, which in a fresh page, where no code is warm yet, took longer than reading and matching
 * the page itself. Compiling a regex source or an atom again is cheap; working out the phrases is not.
 */
import type { Catalog } from '../catalog/entity';
import type { PhraseLeaf } from './catalog-phrases';
import { catalogKeyOf, compileMatcher, knownMatcher, matcherFromParts, partsOf, type MentionMatcher } from './compile-matcher';
import type { MatcherParts } from './matcher-builder';
import { atomFrom, type Atom } from './phrase-atoms';
import type { TrieNode } from './phrase-trie';

/** Bumped whenever the format or the compiler's output changes: an older snapshot is then ignored. */
export const SNAPSHOT_FORMAT = 1;

type StoredLeaf = Omit<PhraseLeaf, 'possessive' | 'surnameRule'> & {
  possessive: number | null;
  surnameRule: { script: 'latin' | 'cyrillic'; words: number } | null;
};

export interface MatcherSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** The catalogue it was compiled from, as JSON: a snapshot serves only that catalogue. */
  catalogKey: string;
  atoms: Array<[kind: Atom['kind'], text: string, caseless: boolean]>;
  leaves: StoredLeaf[];
  /** The own-word lists of the surname rules, each stored once however many leaves share it. */
  wordLists: string[][];
  trie: TrieNode;
  inWordTrie: TrieNode;
  cueKeysByEntity: Array<[string, string[]]>;
  prefilterSource: string | null;
}

export function snapshotMatcher(catalog: Catalog): MatcherSnapshot {
  const parts = partsOf(compileMatcher(catalog));
  if (!parts) throw new Error('snapshotMatcher: the matcher was not compiled by compileMatcher');
  const wordLists: string[][] = [];
  const wordListIndex = new Map<ReadonlySet<string>, number>();
  const atomIndex = new Map(parts.atoms.map((atom, index) => [atom, index]));
  const leaves = parts.leaves.map((leaf): StoredLeaf => {
    let surnameRule: StoredLeaf['surnameRule'] = null;
    if (leaf.surnameRule) {
      let words = wordListIndex.get(leaf.surnameRule.ownWords);
      if (words === undefined) {
        words = wordLists.push([...leaf.surnameRule.ownWords]) - 1;
        wordListIndex.set(leaf.surnameRule.ownWords, words);
      }
      surnameRule = { script: leaf.surnameRule.script, words };
    }
    return { ...leaf, possessive: leaf.possessive ? atomIndex.get(leaf.possessive)! : null, surnameRule };
  });
  return {
    format: SNAPSHOT_FORMAT,
    catalogKey: catalogKeyOf(catalog),
    atoms: parts.atoms.map((atom) => [atom.kind, atom.kind === 'char' ? atom.char : atom.source, atom.caseless]),
    leaves,
    wordLists,
    trie: parts.trie,
    inWordTrie: parts.inWordTrie,
    cueKeysByEntity: [...parts.cueKeysByEntity],
    prefilterSource: parts.prefilterSource,
  };
}

/**
 * The matcher stored in `snapshot`, when it was made for `catalog` by this version of the
 * compiler; null otherwise, and the caller compiles.
 */
export function matcherFromSnapshot(catalog: Catalog, snapshot: unknown): MentionMatcher | null {
  if (!isSnapshot(snapshot)) return null;
  const key = catalogKeyOf(catalog);
  if (snapshot.catalogKey !== key) return null;
  const known = knownMatcher(catalog, key);
  if (known) return known;
  const atoms = snapshot.atoms.map(([kind, text, caseless]) => atomFrom(kind, text, caseless));
  const wordSets = snapshot.wordLists.map((words) => new Set(words));
  const leaves = snapshot.leaves.map((leaf): PhraseLeaf => ({
    ...leaf,
    possessive: leaf.possessive === null ? null : atoms[leaf.possessive]!,
    surnameRule: leaf.surnameRule ? { script: leaf.surnameRule.script, ownWords: wordSets[leaf.surnameRule.words]! } : null,
  }));
  const parts: MatcherParts = {
    atoms,
    leaves,
    trie: snapshot.trie,
    inWordTrie: snapshot.inWordTrie,
    cueKeysByEntity: new Map(snapshot.cueKeysByEntity),
    prefilterSource: snapshot.prefilterSource,
  };
  return matcherFromParts(catalog, key, parts);
}

function isSnapshot(value: unknown): value is MatcherSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const snapshot = value as Partial<MatcherSnapshot>;
  return snapshot.format === SNAPSHOT_FORMAT
    && typeof snapshot.catalogKey === 'string'
    && Array.isArray(snapshot.atoms)
    && Array.isArray(snapshot.leaves)
    && Array.isArray(snapshot.wordLists)
    && typeof snapshot.trie === 'object' && snapshot.trie !== null
    && typeof snapshot.inWordTrie === 'object' && snapshot.inWordTrie !== null
    && Array.isArray(snapshot.cueKeysByEntity)
    && (typeof snapshot.prefilterSource === 'string' || snapshot.prefilterSource === null);
}
