import { charAt } from './characters';
import type { Atom } from './phrase-atoms';

/**
 * A trie of compiled phrases, walked from one position of the text to find every phrase that
 * starts there. Children are indexed by lower-cased character so that even with thousands of
 * aliases a step costs one map lookup.
 */
export interface TrieNode<Leaf> {
  // Created on first use: most nodes of a big catalogue have one child and no leaf.
  charChildren?: Map<string, Array<{ atom: Extract<Atom, { kind: 'char' }>; node: TrieNode<Leaf> }>>;
  patternChildren?: Array<{ atom: Extract<Atom, { kind: 'pattern' }>; node: TrieNode<Leaf> }>;
  leaves?: Leaf[];
}

export interface TrieHit<Leaf> {
  leaf: Leaf;
  /** Where the phrase's own atoms end (before any suffix). */
  end: number;
}

export function emptyNode<Leaf>(): TrieNode<Leaf> {
  return {};
}

export function insertPhrase<Leaf>(root: TrieNode<Leaf>, atoms: readonly Atom[], leaf: Leaf): void {
  let node = root;
  for (const atom of atoms) {
    if (atom.kind === 'char') {
      const bucketKey = atom.char.toLowerCase();
      node.charChildren ??= new Map();
      let bucket = node.charChildren.get(bucketKey);
      if (!bucket) {
        bucket = [];
        node.charChildren.set(bucketKey, bucket);
      }
      let edge = bucket.find((e) => e.atom.key === atom.key);
      if (!edge) {
        edge = { atom, node: emptyNode() };
        bucket.push(edge);
      }
      node = edge.node;
    } else {
      node.patternChildren ??= [];
      let edge = node.patternChildren.find((e) => e.atom.key === atom.key);
      if (!edge) {
        edge = { atom, node: emptyNode() };
        node.patternChildren.push(edge);
      }
      node = edge.node;
    }
  }
  (node.leaves ??= []).push(leaf);
}

/** Where `atom` ends when matched at `position`, or -1. */
export function matchAtom(atom: Atom, text: string, position: number): number {
  if (atom.kind === 'pattern') {
    atom.regex.lastIndex = position;
    return atom.regex.test(text) ? atom.regex.lastIndex : -1;
  }
  const char = charAt(text, position);
  if (char === '') return -1;
  const same = atom.caseless ? char.toLowerCase() === atom.folded : char === atom.char;
  return same ? position + char.length : -1;
}

/** Every phrase of the trie that matches the text starting at `position`. */
export function phrasesAt<Leaf>(root: TrieNode<Leaf>, text: string, position: number): Array<TrieHit<Leaf>> {
  const hits: Array<TrieHit<Leaf>> = [];
  const stack: Array<[TrieNode<Leaf>, number]> = [[root, position]];
  while (stack.length > 0) {
    const [node, at] = stack.pop()!;
    if (node.leaves) for (const leaf of node.leaves) hits.push({ leaf, end: at });
    const char = node.charChildren ? charAt(text, at) : '';
    if (char !== '') {
      const bucket = node.charChildren!.get(char.toLowerCase());
      if (bucket) {
        for (const edge of bucket) {
          const next = matchAtom(edge.atom, text, at);
          if (next >= 0) stack.push([edge.node, next]);
        }
      }
    }
    for (const edge of node.patternChildren ?? []) {
      const next = matchAtom(edge.atom, text, at);
      if (next >= 0) stack.push([edge.node, next]);
    }
  }
  return hits;
}
