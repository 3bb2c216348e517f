/**
 * A compiled matcher as plain JSON, and back. The background compiles the watchlist once, when it
 * changes, and stores the result; every page then loads it instead of compiling the watchlist on
 * load, which in a fresh page, where no code is warm yet, took longer than reading and matching
 * the page itself. Compiling a regex source or an atom again is cheap; working out the phrases is not.
 *
 * Most pages name nothing on the watchlist, and there the prefilter finds nothing: it is all a page
 * needs. So the snapshot keeps the prefilter apart and the rest (atoms, phrases, tries) as one JSON
 * string, read only when the prefilter first finds something. A string costs next to nothing to
 * store, copy and hand over; reading the tables and making their atoms in every fresh page was
 * 4–7 ms, a third of a first pass on most pages.
 */
import type { Catalog } from '../catalog/entity';
import type { PhraseLeaf } from './catalog-phrases';
import { catalogKeyOf, compileMatcher, compileParts, inWordStartsOf, knownMatcher, matcherFromParts, partsOf, type MentionMatcher } from './compile-matcher';
import type { MatcherParts } from './matcher-builder';
import { atomFrom, type Atom } from './phrase-atoms';
import type { TrieNode } from './phrase-trie';

/** Bumped whenever the format or the compiler's output changes: an older snapshot is then ignored. */
export const SNAPSHOT_FORMAT = 3;

type StoredLeaf = Omit<PhraseLeaf, 'possessive' | 'surnameRule'> & {
  possessive: number | null;
  surnameRule: { script: 'latin' | 'cyrillic'; words: number } | null;
};

export interface MatcherSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** The catalogue it was compiled from, as JSON: a snapshot serves only that catalogue. */
  catalogKey: string;
  prefilterSource: string | null;
  /**
   * What a phrase starting inside a word can start with (`inWordStartsOf`): the prefilter's finds
   * inside other words ("xi" in "maximum") are told apart without reading the tables.
   */
  inWordStarts: string[] | null;
  /** `StoredTables` as JSON. */
  tables: string;
}

/** What the matcher needs once the prefilter has found something. */
interface StoredTables {
  atoms: Array<[kind: Atom['kind'], text: string, caseless: boolean]>;
  leaves: StoredLeaf[];
  /** The own-word lists of the surname rules, each stored once however many leaves share it. */
  wordLists: string[][];
  trie: TrieNode;
  inWordTrie: TrieNode;
  cueKeysByEntity: Array<[string, string[]]>;
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
  const tables: StoredTables = {
    atoms: parts.atoms.map((atom) => [atom.kind, atom.kind === 'char' ? atom.char : atom.source, atom.caseless]),
    leaves,
    wordLists,
    trie: parts.trie,
    inWordTrie: parts.inWordTrie,
    cueKeysByEntity: [...parts.cueKeysByEntity],
  };
  return {
    format: SNAPSHOT_FORMAT,
    catalogKey: catalogKeyOf(catalog),
    prefilterSource: parts.prefilterSource,
    inWordStarts: inWordStartsOf(parts),
    tables: JSON.stringify(tables),
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
  const { prefilterSource, tables, inWordStarts } = snapshot;
  // Tables that cannot be read (a damaged store) are compiled from the catalogue instead.
  return matcherFromParts(catalog, key, prefilterSource, () => partsFromTables(tables, prefilterSource) ?? compileParts(catalog), inWordStarts);
}

function partsFromTables(json: string, prefilterSource: string | null): MatcherParts | null {
  let stored: unknown;
  try {
    stored = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isStoredTables(stored)) return null;
  const atoms = stored.atoms.map(([kind, text, caseless]) => atomFrom(kind, text, caseless));
  const wordSets = stored.wordLists.map((words) => new Set(words));
  const leaves = stored.leaves.map((leaf): PhraseLeaf => ({
    ...leaf,
    possessive: leaf.possessive === null ? null : atoms[leaf.possessive]!,
    surnameRule: leaf.surnameRule ? { script: leaf.surnameRule.script, ownWords: wordSets[leaf.surnameRule.words]! } : null,
  }));
  return {
    atoms,
    leaves,
    trie: stored.trie,
    inWordTrie: stored.inWordTrie,
    cueKeysByEntity: new Map(stored.cueKeysByEntity),
    prefilterSource,
  };
}

function isSnapshot(value: unknown): value is MatcherSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const snapshot = value as Partial<MatcherSnapshot>;
  return snapshot.format === SNAPSHOT_FORMAT
    && typeof snapshot.catalogKey === 'string'
    && typeof snapshot.tables === 'string'
    && (snapshot.inWordStarts === null || (Array.isArray(snapshot.inWordStarts) && snapshot.inWordStarts.every((start) => typeof start === 'string')))
    && (typeof snapshot.prefilterSource === 'string' || snapshot.prefilterSource === null);
}

function isStoredTables(value: unknown): value is StoredTables {
  if (typeof value !== 'object' || value === null) return false;
  const tables = value as Partial<StoredTables>;
  return Array.isArray(tables.atoms)
    && Array.isArray(tables.leaves)
    && Array.isArray(tables.wordLists)
    && typeof tables.trie === 'object' && tables.trie !== null
    && typeof tables.inWordTrie === 'object' && tables.inWordTrie !== null
    && Array.isArray(tables.cueKeysByEntity);
}
