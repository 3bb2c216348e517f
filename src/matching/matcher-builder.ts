import type { Catalog } from '../catalog/entity';
import type { CompiledPhrase, PhraseLeaf } from './catalog-phrases';
import { cueKeysByEntity } from './catalog-phrases';
import type { Atom } from './phrase-atoms';
import { PrefilterBuilder } from './prefilter-regex';
import { emptyNode, insertPhrase, type TrieNode } from './phrase-trie';

/** Everything a compiled matcher is made of; plain data but for the atoms' regexes. */
export interface MatcherParts {
  /** Every distinct atom, once; tries and leaves refer to them by index. */
  atoms: Atom[];
  /** Every phrase's leaf; tries refer to them by index. */
  leaves: PhraseLeaf[];
  /** Phrases that start at a word boundary. */
  trie: TrieNode;
  /** Phrases that may start inside a word (Chinese, emoji): the only ones tried there. */
  inWordTrie: TrieNode;
  cueKeysByEntity: Map<string, string[]>;
  /** Null when the catalogue has nothing to look for. */
  prefilterSource: string | null;
}

/** Collects a catalogue's phrases, one at a time, into a matcher's parts. */
export class MatcherBuilder {
  private readonly atoms: Atom[] = [];
  private readonly atomIndex = new Map<string, number>();
  private readonly leaves: PhraseLeaf[] = [];
  private readonly trie = emptyNode();
  private readonly inWordTrie = emptyNode();
  private readonly prefilter = new PrefilterBuilder();

  add({ atoms, leaf }: CompiledPhrase): void {
    const path = atoms.map((atom) => this.indexOf(atom));
    if (leaf.possessive) this.indexOf(leaf.possessive);
    this.leaves.push(leaf);
    insertPhrase(leaf.boundedLeft ? this.trie : this.inWordTrie, path, this.atoms, this.leaves.length - 1);
    this.prefilter.add(atoms);
  }

  build(catalog: Catalog): MatcherParts {
    return {
      atoms: this.atoms,
      leaves: this.leaves,
      trie: this.trie,
      inWordTrie: this.inWordTrie,
      cueKeysByEntity: cueKeysByEntity(catalog),
      prefilterSource: this.prefilter.build(),
    };
  }

  private indexOf(atom: Atom): number {
    let index = this.atomIndex.get(atom.key);
    if (index === undefined) {
      index = this.atoms.length;
      this.atoms.push(atom);
      this.atomIndex.set(atom.key, index);
    }
    return index;
  }
}
