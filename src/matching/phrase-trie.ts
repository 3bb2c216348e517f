import { charAt } from './characters';
import type { Atom } from './phrase-atoms';

/**
 * A trie of compiled phrases, walked from one position of the text to find every phrase that
 * starts there. Runs of atoms without a branch share one edge (a radix tree): a content script
 * builds or loads this on every page load, and one object per character made the build cost more
 * than the scan (a megabyte of small objects for the default catalogue, and the collector's time
 * to copy them).
 *
 * It is plain data, atoms and leaves referred to by their index in the matcher's tables, so a
 * compiled matcher can be stored as JSON and loaded without compiling again (matcher-snapshot.ts).
 */
export interface TrieNode {
  /** Edges that start with a character, by that character lower-cased: one lookup per step. */
  c?: Record<string, TrieEdge[]>;
  /** Edges that start with a pattern atom. */
  p?: TrieEdge[];
  /** Indices of the phrases that end here. */
  f?: number[];
}

export interface TrieEdge {
  /** Indices of the atoms along the edge, never empty. */
  l: number[];
  n: TrieNode;
}

export interface TrieHit {
  /** Index of the phrase's leaf. */
  leaf: number;
  /** Where the phrase's own atoms end (before any suffix). */
  end: number;
}

export function emptyNode(): TrieNode {
  return {};
}

/** The list an edge starting with `atom` belongs in. */
function edgesFor(node: TrieNode, atom: Atom): TrieEdge[] {
  if (atom.kind === 'pattern') return (node.p ??= []);
  const buckets = (node.c ??= {});
  const bucketKey = atom.char.toLowerCase();
  return (buckets[bucketKey] ??= []);
}

/** Adds a phrase, given as indices into `atoms` (one index per distinct atom key). */
export function insertPhrase(root: TrieNode, path: readonly number[], atoms: readonly Atom[], leaf: number): void {
  let node = root;
  let i = 0;
  while (i < path.length) {
    const edges = edgesFor(node, atoms[path[i]!]!);
    const edge = edges.find((candidate) => candidate.l[0] === path[i]);
    if (!edge) {
      const tail = emptyNode();
      edges.push({ l: path.slice(i), n: tail });
      node = tail;
      break;
    }
    let shared = 1;
    while (shared < edge.l.length && i + shared < path.length && edge.l[shared] === path[i + shared]) shared++;
    if (shared < edge.l.length) {
      // The phrase leaves the edge part-way: split it there.
      const middle = emptyNode();
      const rest = edge.l.slice(shared);
      edgesFor(middle, atoms[rest[0]!]!).push({ l: rest, n: edge.n });
      edge.l = edge.l.slice(0, shared);
      edge.n = middle;
    }
    node = edge.n;
    i += shared;
  }
  (node.f ??= []).push(leaf);
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

/** Where an edge's atoms end when matched at `position`, or -1. */
function matchEdge(edge: TrieEdge, atoms: readonly Atom[], text: string, position: number): number {
  let at = position;
  for (const index of edge.l) {
    at = matchAtom(atoms[index]!, text, at);
    if (at < 0) return -1;
  }
  return at;
}

/** Every phrase of the trie that matches the text starting at `position`. */
export function phrasesAt(root: TrieNode, atoms: readonly Atom[], text: string, position: number): TrieHit[] {
  const hits: TrieHit[] = [];
  const stack: Array<[TrieNode, number]> = [[root, position]];
  while (stack.length > 0) {
    const [node, at] = stack.pop()!;
    if (node.f) for (const leaf of node.f) hits.push({ leaf, end: at });
    const char = node.c ? charAt(text, at) : '';
    if (char !== '') {
      const bucket = node.c![char.toLowerCase()];
      if (bucket) {
        for (const edge of bucket) {
          const next = matchEdge(edge, atoms, text, at);
          if (next >= 0) stack.push([edge.n, next]);
        }
      }
    }
    for (const edge of node.p ?? []) {
      const next = matchEdge(edge, atoms, text, at);
      if (next >= 0) stack.push([edge.n, next]);
    }
  }
  return hits;
}
