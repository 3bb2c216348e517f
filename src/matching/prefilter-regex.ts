import type { Atom } from './phrase-atoms';
import { atomSource } from './phrase-atoms';

/**
 * One regular expression that finds, in a single pass, every position where some phrase of the
 * catalogue may start. It is deliberately a superset: case-insensitive, and with no word-boundary
 * checks (a Unicode lookbehind at every position made the pass three times slower); the trie walk
 * then decides exactly which phrases match there. Phrases are merged into a trie first so the
 * engine never tries thousands of alternatives one by one, and each branch stops as soon as one
 * phrase is complete, because the start position is all this pass has to find.
 */

interface PrefixNode {
  children: Map<string, PrefixNode>;
  complete: boolean;
}

function prefixNode(): PrefixNode {
  return { children: new Map(), complete: false };
}

export class PrefilterBuilder {
  private readonly root = prefixNode();

  add(atoms: readonly Atom[]): void {
    let node = this.root;
    for (const atom of atoms) {
      if (node.complete) return;
      const source = atom.kind === 'char' ? atomSource(atom).toLowerCase() : atomSource(atom);
      let child = node.children.get(source);
      if (!child) {
        child = prefixNode();
        node.children.set(source, child);
      }
      node = child;
    }
    node.complete = true;
    node.children.clear();
  }

  /** Null when there is nothing to look for. */
  build(): RegExp | null {
    const source = emit(this.root);
    return source === '' ? null : new RegExp(source, 'giu');
  }
}

function emit(node: PrefixNode): string {
  if (node.complete || node.children.size === 0) return '';
  const parts: string[] = [];
  for (const [source, child] of node.children) parts.push(source + emit(child));
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}
