import type { Atom } from './phrase-atoms';
import { escapeRegExp } from './characters';

/**
 * One regular expression that finds, in a single pass, every position where some phrase of the
 * catalogue may start. It is deliberately a superset, and a short one: the trie walk decides
 * exactly which phrases match there. Each phrase contributes its first word, the gap after it and
 * the first character of the next word ("xi[\s-]+j" for "Xi Jinping"), and stops earlier at
 * anything the trie handles better (case endings, middle dots, gaps in Chinese).
 *
 * The size of the source is what a fresh page pays for: V8 compiles a regex on its first run, and
 * that time grows faster than the source. The full trie of the default catalogue as a regex
 * (13.6 KB, case-insensitive) took 35–100 ms to compile, longer than everything else on most pages;
 * these prefixes take under a millisecond and leave few false starts, which one character test or
 * a short walk rules out.
 *
 * It runs case-sensitively on the lower-cased text: no case folding to compile in. Where lower-casing
 * changes a text's length ("İ"), the same source runs case-insensitively on the text itself.
 */
const MAX_PREFILTER_NODES = 2000;

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
    let afterGap = false;
    for (const atom of atoms) {
      if (node.complete) return;
      // A phrase that begins with such an atom ("·…") needs it whole: the prefilter must find it.
      const source = prefilterSourceOf(atom)
        ?? (node === this.root && atom.kind === 'pattern' ? { text: atom.source, isGap: false } : null);
      if (source === null) break;
      let child = node.children.get(source.text);
      if (!child) {
        child = prefixNode();
        node.children.set(source.text, child);
      }
      node = child;
      if (afterGap && !source.isGap) break;
      if (source.isGap) afterGap = true;
    }
    node.complete = true;
    node.children.clear();
  }

  /** The regex source; null when there is nothing to look for. */
  build(): string | null {
    const source = emit(this.root, 0, depthWithinBudget(this.root));
    return source === '' ? null : source;
  }
}

export class CompiledPrefilter {
  private readonly lowerCase: RegExp;
  private anyCase: RegExp | null = null;

  constructor(readonly source: string) {
    // No `u` flag: nothing in the source needs it, and V8 runs the pass faster without.
    this.lowerCase = new RegExp(source, 'g');
  }

  /**
   * The regex to run over `text`, and the string to run it on. Offsets in that string are
   * offsets in `text`.
   */
  subjectFor(text: string): { regex: RegExp; subject: string } {
    const lower = text.toLowerCase();
    if (lower.length === text.length) return { regex: this.lowerCase, subject: lower };
    this.anyCase ??= new RegExp(this.source, 'gi');
    return { regex: this.anyCase, subject: text };
  }
}

/** An atom's part in the prefilter, lower-cased; null where the prefilter stops. */
function prefilterSourceOf(atom: Atom): { text: string; isGap: boolean } | null {
  if (atom.kind === 'pattern') return atom.prefilter ? { text: atom.prefilter.source, isGap: atom.prefilter.isGap } : null;
  const lower = atom.char.toLowerCase();
  // Lower-casing a whole text turns a final capital sigma into "ς", one on its own into "σ".
  if (lower === 'σ') return { text: '[σς]', isGap: false };
  // "İ" lower-cases to two characters: then the prefilter runs on the text as it is, so both forms.
  if (lower.length !== atom.char.length) return { text: `(?:${escapeRegExp(atom.char)}|${escapeRegExp(lower)})`, isGap: false };
  return { text: escapeRegExp(lower), isGap: false };
}

/** The deepest level such that the trie cut there has at most MAX_PREFILTER_NODES nodes. */
function depthWithinBudget(root: PrefixNode): number {
  let level = [...root.children.values()];
  let nodes = level.length;
  let depth = 1;
  for (;;) {
    const next = level.flatMap((node) => [...node.children.values()]);
    if (next.length === 0 || nodes + next.length > MAX_PREFILTER_NODES) return depth;
    nodes += next.length;
    level = next;
    depth++;
  }
}

function emit(node: PrefixNode, depth: number, maxDepth: number): string {
  if (node.complete || node.children.size === 0 || depth === maxDepth) return '';
  const parts: string[] = [];
  for (const [source, child] of node.children) parts.push(source + emit(child, depth + 1, maxDepth));
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}
