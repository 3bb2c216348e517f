import { MIN_LETTERS_FOR_CASELESS } from '../catalog/alias-rules';
import {
  APOSTROPHES,
  HYPHENS,
  MIDDOTS,
  isCyrillic,
  isLetter,
  isSpacelessScript,
  isWordChar,
  withoutInvisible,
} from './characters';

/**
 * A phrase (alias, cue, excluded phrase) is compiled into a sequence of atoms. A `char` atom is one
 * code point, compared in code; a `pattern` atom is a small regular expression for the places where
 * real text varies: spaces, hyphens, apostrophes, optional dots, Russian/Ukrainian case endings.
 */
export type Atom =
  | { kind: 'char'; char: string; folded: string; caseless: boolean; key: string }
  | { kind: 'pattern'; source: string; caseless: boolean; regex: RegExp; key: string; prefilter: PrefilterSource };

/**
 * What a pattern atom contributes to the prefilter (see prefilter-regex.ts): a cheap superset of
 * it, or null where the prefilter stops, because what follows is left to the trie walk.
 */
export type PrefilterSource = { source: string; isGap: boolean } | null;

/** How a phrase ends decides what may follow it. */
export interface PhraseShape {
  atoms: Atom[];
  /** True when the phrase begins with a letter or digit of a script written with spaces. */
  boundedLeft: boolean;
  /** True when it ends so; then a word boundary is required after it (and a suffix is allowed). */
  boundedRight: boolean;
  /** Latin-script phrases ending in a letter may take "'s", "’s" or German genitive "s". */
  takesPossessive: boolean;
  caseless: boolean;
}

export { MIN_LETTERS_FOR_CASELESS };

// Between the words of a phrase: spaces of any kind (NBSP included), or one line break, never a
// blank line, because the text model puts a blank line between blocks. Written so that a run of
// spaces can be split only one way: a long run must not make the engine backtrack quadratically.
const GAP = '(?:[^\\S\\n]+(?:\\n[^\\S\\n]*)?|\\n[^\\S\\n]*)';
const SPACE_SOURCE = `(?:${GAP}|[${HYPHENS}][^\\S\\n]*)`;
// "twelve-point" is also written "twelve point" and "twelve‑point".
const HYPHEN_SOURCE = `(?:[${HYPHENS}](?:[^\\S\\n]*\\n)?[^\\S\\n]*|${GAP})`;
const SPACELESS_GAP_SOURCE = '[^\\S\\n]*';
const APOSTROPHE_SOURCE = `[${APOSTROPHES}]`;
const OPTIONAL_DOT_SOURCE = '\\.?';
const MIDDOT_SOURCE = `[^\\S\\n]*(?:[${MIDDOTS}][^\\S\\n]*)?`;

// Russian and Ukrainian decline names and nouns; a Cyrillic word of an alias also matches its
// case forms (Путин → Путина, Путину, Путиным; Китай → Китая; мирный → мирного).
const NOUN_ENDINGS = ['ами', 'ями', 'ові', 'еві', 'ом', 'ем', 'ым', 'им', 'ой', 'ей', 'ою', 'ею', 'ах', 'ях', 'ов', 'ев', 'а', 'я', 'у', 'ю', 'е', 'є', 'і', 'и', 'ы'];
const SOFT_STEM_ENDINGS = ['ями', 'ем', 'ей', 'ею', 'ях', 'й', 'ь', 'я', 'ю', 'е', 'є', 'і', 'и'];
const FEMININE_ENDINGS = ['ами', 'ями', 'ой', 'ей', 'ою', 'ею', 'ах', 'ях', 'а', 'я', 'ы', 'и', 'і', 'ї', 'е', 'у', 'ю'];
const ADJECTIVE_ENDINGS = ['ыми', 'ими', 'ого', 'его', 'ому', 'ему', 'ый', 'ий', 'ій', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ым', 'им', 'ім', 'ом', 'ем', 'ую', 'юю', 'ою', 'ої', 'ых', 'их', 'ій', 'а', 'е', 'і', 'у'];
const ADJECTIVE_NOMINATIVE = /(ый|ий|ій|ой|ая|яя|ое|ее|ые|ие)$/;
const INDECLINABLE_VOWEL = /[иіоуеэюы]$/;

// Any run of spaces, line breaks and hyphens: wider than SPACE_SOURCE and HYPHEN_SOURCE, but one
// small class where they are long alternations, and V8's compile time grows with the source.
const GAP_PREFILTER: PrefilterSource = { source: `[${HYPHENS}\\s]+`, isGap: true };
const PREFILTER_OF_SOURCE = new Map<string, PrefilterSource>([
  [SPACE_SOURCE, GAP_PREFILTER],
  [HYPHEN_SOURCE, GAP_PREFILTER],
  [APOSTROPHE_SOURCE, { source: APOSTROPHE_SOURCE, isGap: false }],
  [OPTIONAL_DOT_SOURCE, { source: OPTIONAL_DOT_SOURCE, isGap: false }],
]);

const patternCache = new Map<string, Atom>();

function patternAtom(source: string, caseless: boolean): Atom {
  const flags = caseless ? 'yiu' : 'yu';
  const key = `${flags}:${source}`;
  let atom = patternCache.get(key);
  if (!atom) {
    // Regexes compile on first use, so an atom that no page reaches costs nothing.
    const regex = new RegExp(source, flags);
    atom = { kind: 'pattern', source, caseless, regex, key, prefilter: PREFILTER_OF_SOURCE.get(source) ?? null };
    patternCache.set(key, atom);
  }
  return atom;
}

// Atoms are shared between phrases: a catalogue of 10,000 names would otherwise allocate one
// object per character of every name.
const charAtomCache = new Map<string, Atom>();

function charAtom(char: string, caseless: boolean): Atom {
  const cacheKey = `${caseless ? 'i' : 'c'}${char}`;
  const cached = charAtomCache.get(cacheKey);
  if (cached) return cached;
  const folds = caseless && char.toLowerCase() !== char.toUpperCase();
  const folded = folds ? char.toLowerCase() : char;
  const key = folds ? `i:${folded}` : `c:${char}`;
  const atom: Atom = { kind: 'char', char, folded, caseless: folds, key };
  charAtomCache.set(cacheKey, atom);
  return atom;
}

/** An atom again from what defines it: how a stored matcher (matcher-snapshot.ts) gets its atoms back. */
export function atomFrom(kind: Atom['kind'], text: string, caseless: boolean): Atom {
  return kind === 'char' ? charAtom(text, caseless) : patternAtom(text, caseless);
}

function endingsSource(endings: readonly string[], optional: boolean): string {
  const sorted = [...new Set(endings)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.join('|')})${optional ? '?' : ''}`;
}

/** Atoms for one Cyrillic word, with its case endings. */
function cyrillicWordAtoms(word: string, caseless: boolean): Atom[] {
  const lower = word.toLowerCase();
  const chars = (text: string) => [...text].map((c) => charAtom(c, caseless));
  if (!caseless || word.length < 3 || INDECLINABLE_VOWEL.test(lower)) return chars(word);
  if (ADJECTIVE_NOMINATIVE.test(lower)) {
    return [...chars(word.slice(0, -2)), patternAtom(endingsSource(ADJECTIVE_ENDINGS, false), caseless)];
  }
  if (/[йь]$/.test(lower)) {
    return [...chars(word.slice(0, -1)), patternAtom(endingsSource([...SOFT_STEM_ENDINGS, ...NOUN_ENDINGS], false), caseless)];
  }
  if (/[ая]$/.test(lower)) {
    return [...chars(word.slice(0, -1)), patternAtom(endingsSource(FEMININE_ENDINGS, false), caseless)];
  }
  return [...chars(word), patternAtom(endingsSource(NOUN_ENDINGS, true), caseless)];
}

function countLetters(phrase: string): number {
  let count = 0;
  for (const c of phrase) if (isLetter(c)) count++;
  return count;
}

/** Compiles one phrase. Returns null for a phrase with nothing matchable in it. */
export function phraseShape(rawPhrase: string): PhraseShape | null {
  // Pages lose their invisible characters (zero-width joiners too) before matching; names must as well.
  const phrase = withoutInvisible(rawPhrase.normalize('NFC')).trim();
  if (phrase === '') return null;
  const caseless = countLetters(phrase) >= MIN_LETTERS_FOR_CASELESS;
  const chars = [...phrase];
  const atoms: Atom[] = [];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    if (/\s/u.test(c)) {
      while (i < chars.length && /\s/u.test(chars[i]!)) i++;
      const before = atoms.length > 0 ? lastChar(atoms) : '';
      const after = chars[i] ?? '';
      const spaceless = isSpacelessScript(before) || isSpacelessScript(after);
      atoms.push(patternAtom(spaceless ? SPACELESS_GAP_SOURCE : SPACE_SOURCE, false));
      continue;
    }
    if (HYPHENS.includes(c)) atoms.push(patternAtom(HYPHEN_SOURCE, false));
    else if (APOSTROPHES.includes(c)) atoms.push(patternAtom(APOSTROPHE_SOURCE, false));
    else if (MIDDOTS.includes(c)) atoms.push(patternAtom(MIDDOT_SOURCE, false));
    else if (c === '.' && (i === chars.length - 1 || /\s/u.test(chars[i + 1]!))) {
      atoms.push(patternAtom(OPTIONAL_DOT_SOURCE, false));
    } else if (isCyrillic(c)) {
      let end = i;
      while (end < chars.length && isCyrillic(chars[end]!)) end++;
      atoms.push(...cyrillicWordAtoms(chars.slice(i, end).join(''), caseless));
      i = end;
      continue;
    } else atoms.push(charAtom(c, caseless));
    i++;
  }
  const first = chars[0]!;
  const last = chars[chars.length - 1]!;
  const boundedLeft = isWordChar(first) && !isSpacelessScript(first);
  const boundedRight = isWordChar(last) && !isSpacelessScript(last);
  return {
    atoms,
    boundedLeft,
    boundedRight,
    takesPossessive: boundedRight && isLetter(last) && !isCyrillic(last),
    caseless,
  };
}

function lastChar(atoms: Atom[]): string {
  const atom = atoms[atoms.length - 1];
  return atom?.kind === 'char' ? atom.char : '';
}

/** "'s", "’s", German genitive "s", or a bare trailing apostrophe ("Kirbys’"). */
export function possessiveAtom(caseless: boolean): Atom {
  return patternAtom(`(?:${APOSTROPHE_SOURCE}s?|s${APOSTROPHE_SOURCE}?)`, caseless);
}
