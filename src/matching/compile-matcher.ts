import type { Mention } from './mention';
import type { Catalog } from '../catalog/entity';
import type { PhraseLeaf } from './catalog-phrases';
import { catalogPhrases } from './catalog-phrases';
import { charAt, charBefore, isWordChar } from './characters';
import { supportedEntities } from './contextual-evidence';
import { withIntroducedReferences } from './introduced-references';
import { isPartOfForeignName } from './foreign-name-rule';
import { withoutInvisibleChars, type VisibleText } from './invisible-chars';
import { MatcherBuilder, type MatcherParts } from './matcher-builder';
import { CompiledPrefilter } from './prefilter-regex';
import type { TrieNode } from './phrase-trie';
import { phraseEnd } from './phrase-end';
import { phrasesAt } from './phrase-trie';
import { namesSomeoneElse } from './surname-rule';
import { leadingTitleLength } from './title-rule';

export interface MentionMatcher {
  /**
   * Every mention of a catalogue entity in `text`, sorted, non-overlapping (the longest phrase
   * wins), with offsets into `text` as given.
   */
  findMentions(text: string): Mention[];
  /**
   * The same mentions, found in steps: the generator yields every few dozen phrases, so a page can
   * match a text of megabytes dense with names in slices instead of one long task.
   */
  findMentionsInSteps(text: string): Generator<void, Mention[]>;
  /**
   * Whether `text` may hold a mention, in steps: true wherever `findMentions` finds one, and also
   * where only the rules that read a phrase's surroundings (another person's first name before a
   * surname, a cue near a contextual name) would rule it out. So it holds for a text that is the
   * page's text with some words and boundaries around it changed (the page scanner's quick look).
   * It stops at the first name: a page that names something answers early, and one that names
   * nothing costs a search.
   */
  mayNameAnythingInSteps(text: string): Generator<void, boolean>;
}

/** A phrase found in the pass, before contextual aliases are checked for support. */
interface Candidate {
  start: number;
  end: number;
  leaf: PhraseLeaf;
}

/** On a tie in length, an excluded phrase beats an alias, and an alias beats a contextual one. */
const ROLE_RANK: Record<PhraseLeaf['role'], number> = { excluded: 0, alias: 1, contextual: 2, reference: 3, cue: 4 };

/**
 * Two phrases cover the same text: the stronger role wins; at equal roles, the phrase written
 * exactly as the text stands ("Лаврова" the name, not the genitive of "Лавров").
 */
function beatsOnTie(text: string, start: number, end: number, leaf: PhraseLeaf, best: PhraseLeaf): boolean {
  const rank = ROLE_RANK[leaf.role] - ROLE_RANK[best.role];
  if (rank !== 0) return rank < 0;
  if (leaf.literal === best.literal) return false;
  const written = text.slice(start, end).toLowerCase();
  return leaf.literal === written && best.literal !== written;
}

/**
 * One or two short link words and nothing else: "мирный план Китая [из] 12 пунктов". Conjunctions
 * are left out: "Chinas Friedensplan und das Zwölf-Punkte-Papier" names the paper twice.
 */
const LINK_GAP = /^[ \u00A0]+(?:(?!(?:and|or|und|oder|и|или|і|й|та|або|et|ou)[ \u00A0])\p{Ll}{1,4}[ \u00A0]+){1,2}$/u;

/**
 * A generic phrase that completes a name of the same entity ("мирный план Китая из 12 пунктов":
 * the plan, and its twelve points) is part of that one mention, not a second one.
 */
function* joinedPhrases(text: string, candidates: Candidate[]): Generator<void, Candidate[]> {
  const joined: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    if (i % CANDIDATES_PER_STEP === CANDIDATES_PER_STEP - 1) yield;
    const candidate = candidates[i]!;
    const previous = joined[joined.length - 1];
    if (previous && candidate.leaf.role === 'contextual' && candidate.leaf.entityId === previous.leaf.entityId
      && LINK_GAP.test(text.slice(previous.end, candidate.start))) {
      joined[joined.length - 1] = { ...previous, end: candidate.end };
    } else {
      joined.push(candidate);
    }
  }
  return joined;
}

/** What the one pass over a text finds: its candidates in text order, and where each cue starts. */
interface ScanResult {
  candidates: Candidate[];
  cueStarts: Map<string, number[]>;
}

/** How the one pass reads a text. */
interface ScanMode {
  /** End at the first name found: what follows is then unread. */
  untilFirstName: boolean;
  /** Apply the rules that drop a phrase for what stands around it (surname-rule.ts, foreign-name-rule.ts). */
  contextRules: boolean;
}

const EVERY_MENTION: ScanMode = { untilFirstName: false, contextRules: true };
const ANY_NAME_LENIENTLY: ScanMode = { untilFirstName: true, contextRules: false };

/** A phrase that matched at some position, and where its atoms end. */
interface LeafHit {
  leaf: PhraseLeaf;
  end: number;
}

/** Prefilter hits checked between two steps of `findMentionsInSteps`: well under a millisecond. */
const HITS_PER_STEP = 64;
/** Mentions mapped back to the original text between two steps. */
const MENTIONS_PER_STEP = 4096;
/** Candidates filtered or joined between two steps: a page dense with names has a hundred thousand. */
const CANDIDATES_PER_STEP = 8192;
/**
 * The prefilter runs over a long text a window at a time: one search over a whole encyclopedia
 * page with few hits was a single step of 55–122 ms on the page. A window ends at a block boundary
 * when one comes soon enough, and reaches `WINDOW_OVERLAP` characters further, so a prefix that
 * starts in it and runs over its end is still found whole (the prefixes are a few words long).
 */
const PREFILTER_WINDOW = 64 * 1024;
const WINDOW_OVERLAP = 256;

/** The kept candidates as mentions: the name without a leading title, with offsets in the original text. */
function* mentionsIn(visible: VisibleText, kept: readonly Candidate[]): Generator<void, Mention[]> {
  const text = visible.text;
  const mentions: Mention[] = [];
  for (const c of kept) {
    // A hundred thousand mentions take tens of milliseconds to map back: in steps too.
    if (mentions.length % MENTIONS_PER_STEP === MENTIONS_PER_STEP - 1) yield;
    const nameStart = c.start + leadingTitleLength(text.slice(c.start, c.end));
    const start = visible.originalOffset(nameStart);
    const end = visible.originalOffset(c.end - 1) + 1;
    mentions.push({ start, end, entityId: c.leaf.entityId, text: text.slice(nameStart, c.end) });
  }
  return mentions;
}

class CompiledMatcher implements MentionMatcher {
  private readonly prefilter: CompiledPrefilter | null;
  private loaded: { parts: MatcherParts; hasInWordPhrases: boolean } | null = null;

  /**
   * `load` gives the matcher's tables when they are first needed, at the prefilter's first find
   * that may start a phrase: a stored matcher's tables are then read only on the pages that name
   * something like the watchlist, where loading them in every fresh page was a third of a first
   * pass. `inWordStarts` (see `inWordStartsOf`) tells the prefilter's finds inside a word that
   * start no phrase ("xi" in "maximum") without the tables.
   */
  constructor(prefilterSource: string | null, private readonly load: () => MatcherParts, private readonly inWordStarts: ReadonlySet<string> | null = null) {
    this.prefilter = prefilterSource === null ? null : new CompiledPrefilter(prefilterSource);
  }

  get parts(): MatcherParts {
    return this.tables().parts;
  }

  private tables(): { parts: MatcherParts; hasInWordPhrases: boolean } {
    if (this.loaded === null) {
      const parts = this.load();
      this.loaded = { parts, hasInWordPhrases: parts.inWordTrie.c !== undefined || parts.inWordTrie.p !== undefined };
    }
    return this.loaded;
  }

  private hitsAt(trie: TrieNode, text: string, start: number): LeafHit[] {
    const { atoms, leaves } = this.parts;
    return phrasesAt(trie, atoms, text, start).map((hit) => ({ leaf: leaves[hit.leaf]!, end: hit.end }));
  }

  private phrasesStartingAt(text: string, start: number): LeafHit[] {
    // Inside a word only the in-word trie is walked: where none of its phrases starts with this
    // character, nothing is found there, tables loaded or not.
    if (this.loaded === null && this.inWordStarts !== null && !this.inWordStarts.has(charAt(text, start).toLowerCase())
      && isWordChar(charBefore(text, start))) return [];
    const { parts, hasInWordPhrases } = this.tables();
    const inWord = hasInWordPhrases ? this.hitsAt(parts.inWordTrie, text, start) : [];
    // Most false starts of the prefilter are inside words ("putin" in "computing"): one
    // character test rules them out before any walk.
    if (isWordChar(charBefore(text, start))) return inWord;
    const hits = this.hitsAt(parts.trie, text, start);
    return inWord.length === 0 ? hits : [...hits, ...inWord];
  }

  findMentions(original: string): Mention[] {
    const steps = this.findMentionsInSteps(original);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  *findMentionsInSteps(original: string): Generator<void, Mention[]> {
    if (!this.prefilter) return [];
    const visible = withoutInvisibleChars(original);
    const found = yield* this.scan(visible.text, EVERY_MENTION);
    // Every mention is a candidate first: nothing found, nothing to check (and no table to read).
    if (found.candidates.length === 0) return [];
    yield;
    const named = yield* this.namedCandidates(visible.text, found);
    yield;
    const kept = withIntroducedReferences(visible.text, named, found.candidates);
    yield;
    const joined = yield* joinedPhrases(visible.text, kept);
    yield;
    return yield* mentionsIn(visible, joined);
  }

  *mayNameAnythingInSteps(original: string): Generator<void, boolean> {
    if (!this.prefilter) return false;
    const { candidates, cueStarts } = yield* this.scan(withoutInvisibleChars(original).text, ANY_NAME_LENIENTLY);
    // A name is always a mention, and references count only after one: without a name, only a
    // contextual phrase can be one, given a cue, here anywhere in the text.
    return candidates.some((c) => c.leaf.role === 'alias' || (c.leaf.role === 'contextual'
      && (this.parts.cueKeysByEntity.get(c.leaf.entityId) ?? []).some((key) => cueStarts.has(key))));
  }

  /** The candidates that are mentions by themselves: names, and contextual phrases the page supports. */
  private *namedCandidates(text: string, { candidates, cueStarts }: ScanResult): Generator<void, Candidate[]> {
    const supported = supportedEntities(text, candidates, this.parts.cueKeysByEntity, cueStarts);
    yield;
    const named: Candidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      if (i % CANDIDATES_PER_STEP === CANDIDATES_PER_STEP - 1) yield;
      const c = candidates[i]!;
      if (c.leaf.role === 'alias' || (c.leaf.role === 'contextual' && supported.has(c.leaf.entityId))) named.push(c);
    }
    return named;
  }

  /**
   * "President Xi Jinping": the leftmost alias is "President Xi", but "Xi Jinping" starts on its
   * last word and goes further. The mention then covers both, so the highlight is the whole name.
   */
  private extendedByFullerName(text: string, match: Candidate): Candidate {
    let lastWordStart = match.end;
    for (let c = charBefore(text, lastWordStart); c !== '' && isWordChar(c); c = charBefore(text, lastWordStart)) {
      lastWordStart -= c.length;
    }
    if (lastWordStart <= match.start || lastWordStart === match.end) return match;
    let extended = match;
    for (const hit of this.phrasesStartingAt(text, lastWordStart)) {
      const leaf = hit.leaf;
      if (leaf.entityId !== match.leaf.entityId || (leaf.role !== 'alias' && leaf.role !== 'contextual')) continue;
      const end = phraseEnd(text, hit.end, leaf);
      // The fuller name is itself evidence: a full alias makes the whole mention a full one.
      if (end > extended.end) extended = { start: match.start, end, leaf: ROLE_RANK[leaf.role] < ROLE_RANK[match.leaf.role] ? leaf : match.leaf };
    }
    return extended;
  }

  /**
   * The one pass: leftmost-longest phrases, and every cue seen on the way; a step every few dozen
   * prefilter hits.
   */
  private *scan(text: string, mode: ScanMode): Generator<void, ScanResult> {
    const candidates: Candidate[] = [];
    const cueStarts = new Map<string, number[]>();
    // The regex is shared with every other pass of this matcher, which may run while this one
    // pauses: the place to go on from is kept here, and handed to the regex before each search.
    let position = 0;
    // Each window is lower-cased on its own: one pass over a whole long text was a step of its own.
    const window = { start: 0, end: 0, subject: '', regex: null as RegExp | null };
    for (let hits = 1; ; hits++) {
      if (hits % HITS_PER_STEP === 0) yield;
      // The next prefix from `position` on: searched in the window, or in the next ones, a step each.
      let start = -1;
      while (position < text.length) {
        if (position >= window.end) {
          window.start = position;
          window.end = windowEnd(text, position);
          const part = window.start === 0 && window.end === text.length ? text : text.slice(window.start, window.end + WINDOW_OVERLAP);
          ({ regex: window.regex, subject: window.subject } = this.prefilter!.subjectFor(part));
        }
        const regex = window.regex!;
        regex.lastIndex = position - window.start;
        const found = regex.exec(window.subject);
        if (found && found.index + window.start < window.end) {
          start = found.index + window.start;
          break;
        }
        position = window.end;
        yield;
      }
      if (start < 0) break;
      let best: Candidate | null = null;
      for (const hit of this.phrasesStartingAt(text, start)) {
        const leaf = hit.leaf;
        const end = phraseEnd(text, hit.end, leaf);
        if (end <= start) continue;
        if (leaf.cueKey !== null) {
          const starts = cueStarts.get(leaf.cueKey) ?? [];
          if (starts[starts.length - 1] !== start) starts.push(start);
          cueStarts.set(leaf.cueKey, starts);
          continue;
        }
        if (mode.contextRules) {
          if (leaf.surnameRule && end === hit.end && namesSomeoneElse(text, start, end, leaf.surnameRule)) continue;
          if (isPartOfForeignName(text, start, end, leaf)) continue;
        }
        if (!best || end > best.end || (end === best.end && beatsOnTie(text, start, end, leaf, best.leaf))) {
          best = { start, end, leaf };
        }
      }
      if (best?.leaf.role === 'excluded') {
        position = best.end;
      } else if (best) {
        const mention = this.extendedByFullerName(text, best);
        candidates.push(mention);
        if (mode.untilFirstName && mention.leaf.role === 'alias') break;
        position = mention.end;
      } else {
        position = start + Math.max(1, charAt(text, start).length);
      }
    }
    return { candidates, cueStarts };
  }
}

/** Where the prefilter's window from `from` ends: at a block boundary after `PREFILTER_WINDOW` characters, if one comes soon enough. */
function windowEnd(subject: string, from: number): number {
  if (subject.length - from <= PREFILTER_WINDOW) return subject.length;
  const soon = subject.slice(from + PREFILTER_WINDOW, from + 2 * PREFILTER_WINDOW).indexOf('\n\n');
  return from + PREFILTER_WINDOW + Math.max(0, soon);
}

const compiledByCatalog = new WeakMap<Catalog, MentionMatcher>();
const compiledByContent = new Map<string, MentionMatcher>();
const CONTENT_CACHE_SIZE = 8;

/** What a compiled matcher is remembered by, and what a stored one is checked against: the catalogue as JSON. */
export function catalogKeyOf(catalog: Catalog): string {
  return JSON.stringify(catalog);
}

function cached(catalog: Catalog, knownKey?: string): { matcher: MentionMatcher | undefined; key: string } {
  const known = compiledByCatalog.get(catalog);
  if (known) return { matcher: known, key: knownKey ?? '' };
  const key = knownKey ?? catalogKeyOf(catalog);
  const matcher = compiledByContent.get(key);
  if (matcher) compiledByCatalog.set(catalog, matcher);
  return { matcher, key };
}

function remember(catalog: Catalog, key: string, matcher: MentionMatcher): MentionMatcher {
  if (compiledByContent.size >= CONTENT_CACHE_SIZE) {
    const oldest = compiledByContent.keys().next().value;
    if (oldest !== undefined) compiledByContent.delete(oldest);
  }
  compiledByContent.set(key, matcher);
  compiledByCatalog.set(catalog, matcher);
  return matcher;
}

/** The matcher already compiled or loaded for this catalogue (same array or same content), if any. */
export function knownMatcher(catalog: Catalog, key?: string): MentionMatcher | null {
  return cached(catalog, key).matcher ?? null;
}

/**
 * The matcher for a catalogue, compiled once: by identity for the same array, and by content for
 * an equal catalogue read again from storage or a file. Catalogues are treated as immutable: edit
 * a copy, never the array or entities a matcher was compiled from.
 */
export function compileMatcher(catalog: Catalog): MentionMatcher {
  const { matcher, key } = cached(catalog);
  if (matcher) return matcher;
  return remember(catalog, key, matcherOf(compileParts(catalog)));
}

function matcherOf(parts: MatcherParts): CompiledMatcher {
  return new CompiledMatcher(parts.prefilterSource, () => parts);
}

/** The parts of the catalogue's matcher, compiled now, whatever is cached. */
export function compileParts(catalog: Catalog): MatcherParts {
  const builder = new MatcherBuilder();
  for (const phrase of catalogPhrases(catalog)) builder.add(phrase);
  return builder.build(catalog);
}

/** Between two pieces of work, hands the thread back to the page when its slice is used up (the page's SliceClock). */
export interface PageTurns {
  yieldIfDue(): Promise<void>;
}

/**
 * The same matcher, compiled in slices: after each phrase `turns` may hand the thread back to the
 * page. A content script that finds no stored matcher compiles on load, and a watchlist of
 * thousands of names would otherwise hold the page for seconds.
 */
export async function compileMatcherInSlices(catalog: Catalog, turns: PageTurns): Promise<MentionMatcher> {
  const { matcher, key } = cached(catalog);
  if (matcher) return matcher;
  const builder = new MatcherBuilder();
  for (const phrase of catalogPhrases(catalog)) {
    builder.add(phrase);
    await turns.yieldIfDue();
  }
  // Another caller may have compiled the same catalogue meanwhile.
  return cached(catalog).matcher ?? remember(catalog, key, matcherOf(builder.build(catalog)));
}

/** The parts of a matcher this module compiled, for storing it (matcher-snapshot.ts). */
export function partsOf(matcher: MentionMatcher): MatcherParts | null {
  return matcher instanceof CompiledMatcher ? matcher.parts : null;
}

/**
 * A matcher made of parts compiled before, remembered for `catalog` as if compiled now: its
 * prefilter at once, its other parts from `load` when the prefilter first finds something that
 * may start a phrase (`inWordStarts`: what `inWordStartsOf` gave for those parts).
 */
export function matcherFromParts(catalog: Catalog, key: string, prefilterSource: string | null, load: () => MatcherParts, inWordStarts: readonly string[] | null = null): MentionMatcher {
  return cached(catalog, key).matcher
    ?? remember(catalog, key, new CompiledMatcher(prefilterSource, load, inWordStarts === null ? null : new Set(inWordStarts)));
}

/**
 * The characters (lower-cased) that a phrase starting inside a word can start with, i.e. the keys
 * of the in-word trie's root; null when that is not all it can start with (a pattern atom first).
 */
export function inWordStartsOf(parts: MatcherParts): string[] | null {
  const root = parts.inWordTrie;
  if (root.p !== undefined || root.f !== undefined) return null;
  return Object.keys(root.c ?? {});
}
