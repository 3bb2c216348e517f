import { charAt } from './characters';
import type { Atom } from './phrase-atoms';

/**
 * A trie of compiled phrases, walked from one position of the text to find every phrase that
 * starts there. Runs of atoms without a branch share one edge (a radix tree): a content script
 * builds this on every page load, and one object per character made the build cost more than
 * the scan (a megabyte of small objects for the default catalogue, and the collector's time to
 * copy them). Edges are indexed by their first character, lower-cased, so even with thousands of
 * aliases a step costs one map lookup.
 */
export interface TrieNode<Leaf> {
  // Created on first use: most nodes have one edge and no leaf.
  charEdges?: Map<string, Array<TrieEdge<Leaf>>>;
  patternEdges?: Array<TrieEdge<Leaf>>;
  leaves?: Leaf[];
}

interface TrieEdge<Leaf> {
  /** The atoms along the edge, never empty. */
  label: Atom[];
  node: TrieNode<Leaf>;
}

export interface TrieHit<Leaf> {
  leaf: Leaf;
  /** Where the phrase's own atoms end (before any suffix). */
  end: number;
}

export function emptyNode<Leaf>(): TrieNode<Leaf> {
  return {};
}

/** The list an edge starting with `atom` belongs in. */
function edgesFor<Leaf>(node: TrieNode<Leaf>, atom: Atom): Array<TrieEdge<Leaf>> {
  if (atom.kind === 'pattern') return (node.patternEdges ??= []);
  node.charEdges ??= new Map();
  const bucketKey = atom.char.toLowerCase();
  let bucket = node.charEdges.get(bucketKey);
  if (!bucket) {
    bucket = [];
    node.charEdges.set(bucketKey, bucket);
  }
  return bucket;
}

export function insertPhrase<Leaf>(root: TrieNode<Leaf>, atoms: readonly Atom[], leaf: Leaf): void {
  let node = root;
  let i = 0;
  while (i < atoms.length) {
    const edges = edgesFor(node, atoms[i]!);
    let edge: TrieEdge<Leaf> | undefined;
    for (const candidate of edges) if (candidate.label[0]!.key === atoms[i]!.key) edge = candidate;
    if (!edge) {
      const tail: TrieNode<Leaf> = emptyNode();
      edges.push({ label: atoms.slice(i), node: tail });
      node = tail;
      break;
    }
    let shared = 1;
    while (shared < edge.label.length && i + shared < atoms.length && edge.label[shared]!.key === atoms[i + shared]!.key) shared++;
    if (shared < edge.label.length) {
      // The phrase leaves the edge part-way: split it at that point.
      const middle: TrieNode<Leaf> = emptyNode();
      const rest = edge.label.slice(shared);
      edgesFor(middle, rest[0]!).push({ label: rest, node: edge.node });
      edge.label = edge.label.slice(0, shared);
      edge.node = middle;
    }
    node = edge.node;
    i += shared;
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

/** Where an edge's atoms end when matched at `position`, or -1. */
function matchLabel(label: readonly Atom[], text: string, position: number): number {
  let at = position;
  for (const atom of label) {
    at = matchAtom(atom, text, at);
    if (at < 0) return -1;
  }
  return at;
}

/** Every phrase of the trie that matches the text starting at `position`. */
export function phrasesAt<Leaf>(root: TrieNode<Leaf>, text: string, position: number): Array<TrieHit<Leaf>> {
  const hits: Array<TrieHit<Leaf>> = [];
  const stack: Array<[TrieNode<Leaf>, number]> = [[root, position]];
  while (stack.length > 0) {
    const [node, at] = stack.pop()!;
    if (node.leaves) for (const leaf of node.leaves) hits.push({ leaf, end: at });
    const char = node.charEdges ? charAt(text, at) : '';
    if (char !== '') {
      const bucket = node.charEdges!.get(char.toLowerCase());
      if (bucket) {
        for (const edge of bucket) {
          const next = matchLabel(edge.label, text, at);
          if (next >= 0) stack.push([edge.node, next]);
        }
      }
    }
    for (const edge of node.patternEdges ?? []) {
      const next = matchLabel(edge.label, text, at);
      if (next >= 0) stack.push([edge.node, next]);
    }
  }
  return hits;
}
