import type { Mention } from '../matching/mention';
import type { Span } from '../text/span';
import { analyzeWords } from './content-words';

/** What the summary rankings need to know about one sentence of the page. */
export interface SentenceProfile {
  span: Span;
  /** Position among all sentences of the page, from 0. */
  index: number;
  /** Which block of the page (text between blank lines: a paragraph, a heading, a caption) it is in. */
  block: number;
  text: string;
  words: number;
  /** Distinct content-word stems (see content-words.ts). */
  stems: ReadonlySet<string>;
  /** The page's mentions that start inside this sentence. */
  mentions: readonly Mention[];
  /** False for text that is no sentence of the article: headings, captions, credits, page furniture. */
  isProse: boolean;
}

/** Shorter than this is a heading, a dateline or a fragment; longer is a run-on, a list or a table row. */
export const MIN_WORDS = 6;
export const MAX_WORDS = 60;

/**
 * Sentence-final punctuation, possibly followed by closing quotes or brackets. Not an ellipsis:
 * a line that trails off is a teaser cut short ("Ten things every reader…"), not a sentence.
 */
const ENDS_LIKE_A_SENTENCE = /(?<!\.\.)[.!?。！？]["'”’»“«)\]]*$/u;
/** A sentence wholly in brackets is an aside, an editor's note or a correction, not the story. */
const BRACKETED = /^[([].*[)\]][.!?]?$/su;
/**
 * Word boundaries that know Cyrillic and umlauts: `\b` in a JavaScript regular expression only knows
 * ASCII letters, even with the `u` flag. (A consumed non-letter rather than a lookbehind before a
 * word: it is the same for `test` and several times faster over a long page.)
 */
const BEFORE = '(?:^|[^\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/**
 * Picture captions and credits: a label and a colon or "by" ("Photo: …", "Main image: …", "Image caption: …",
 * "Foto: …", "Фото: …"), the news-agency "In this photo …", or a credit anywhere ("… (Getty Images)",
 * "… /AFP"). A bare label word is not enough: "Credit Example Bank said…" is a sentence.
 */
const CAPTION = new RegExp(
  `^(?:in this (?:file )?(?:photo|image|picture|video)${AFTER}` +
    `|(?:(?:main|top|lead|file) )?(?:photo|image|picture|photograph|illustration|caption|credits?|video|foto|bild|bildunterschrift|фото|видео)` +
    `(?: ?(?:caption|credit)${AFTER}|\\s*(?::|(?:by|shows?|von|zeigt)${AFTER})))` +
    `|getty images|photograph:|via reuters|${BEFORE}ap photo|dpa/|/ ?(?:reuters|afp|ap)${AFTER}`,
  'iu',
);
/**
 * A photo credit inside a caption, in the "Credit Name/Agency" form; the word may be doubled or glued
 * to the caption where the page separates them only by styling ("…underground.CreditCreditJane Doe/Agency").
 * Case-sensitive, and with the slash, so that "credit" in prose and "Credit Suisse" are not credits.
 */
const CREDIT = /Credit(?:Credit)?:?\s*[^/\n]{2,60}\/\s*\p{Lu}/u;
/** Page furniture that ends with a full stop like a sentence. */
const FURNITURE = new RegExp(
  `${BEFORE}(?:subscribe|sign up|newsletter|cookies?|all rights reserved|click here|read more|advertisement|abonnieren|anmelden|подпишитесь|подписывайтесь|реклама)${AFTER}`,
  'iu',
);
const LINK = /https?:\/\/|www\.|\S@\S+\.\w/iu;

/**
 * Profiles every sentence of the page text, in document order. Mentions are assigned to the sentence
 * their start lies in; a mention outside every sentence belongs to none.
 */
export function profileSentences(text: string, sentences: readonly Span[], mentions: readonly Mention[]): SentenceProfile[] {
  // The engine gives both lists in order; sorting copies keeps a caller's odd order from misassigning mentions.
  const sortedSentences = [...sentences].sort((a, b) => a.start - b.start);
  const sortedMentions = [...mentions].sort((a, b) => a.start - b.start);
  const blockBreaks = Array.from(text.matchAll(/\n\s*\n/g), (match) => match.index);
  let next = 0;
  let block = 0;
  const profiles: SentenceProfile[] = [];
  for (let index = 0; index < sortedSentences.length; index++) {
    const span = sortedSentences[index]!;
    while (block < blockBreaks.length && blockBreaks[block]! < span.start) block++;
    const sentenceText = text.slice(span.start, span.end).trim();
    while (next < sortedMentions.length && sortedMentions[next]!.start < span.start) next++;
    const inside: Mention[] = [];
    for (let i = next; i < sortedMentions.length && sortedMentions[i]!.start < span.end; i++) inside.push(sortedMentions[i]!);
    const { count: words, stems } = analyzeWords(sentenceText);
    profiles.push({
      span,
      index,
      block,
      text: sentenceText,
      words,
      stems: new Set(stems),
      mentions: inside,
      isProse: looksLikeProse(sentenceText, words),
    });
  }
  return withoutRepeats(withoutCaptionBlocks(profiles));
}

/**
 * A sentence that stands on the page more than once is page furniture — a banner, a teaser, a share
 * prompt repeated in header and footer — since the prose of an article does not repeat itself word
 * for word. Every copy stops counting as prose.
 */
function withoutRepeats(profiles: SentenceProfile[]): SentenceProfile[] {
  const seen = new Map<string, number>();
  for (const profile of profiles) if (profile.isProse) seen.set(profile.text, (seen.get(profile.text) ?? 0) + 1);
  return profiles.map((profile) => (profile.isProse && (seen.get(profile.text) ?? 0) > 1 ? { ...profile, isProse: false } : profile));
}

/**
 * A picture caption can run to several full sentences; its credit line ("Credit … Getty Images",
 * "Photo: …", "Credit Name/Agency") gives it away. Every sentence in a block with such a line is caption, not prose.
 */
function withoutCaptionBlocks(profiles: SentenceProfile[]): SentenceProfile[] {
  const captionBlocks = new Set(
    profiles.filter((profile) => CAPTION.test(profile.text) || CREDIT.test(profile.text)).map((profile) => profile.block),
  );
  if (captionBlocks.size === 0) return profiles;
  return profiles.map((profile) => (captionBlocks.has(profile.block) ? { ...profile, isProse: false } : profile));
}

function looksLikeProse(text: string, words: number): boolean {
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  if (!ENDS_LIKE_A_SENTENCE.test(text) || BRACKETED.test(text)) return false;
  // A blank line inside means the span runs across blocks: not one sentence of running text.
  if (text.includes('\n\n')) return false;
  if (CAPTION.test(text) || FURNITURE.test(text) || LINK.test(text)) return false;
  return !mostlyCapitals(text);
}

/** "BREAKING NEWS: …" and shouted section labels are not prose. */
function mostlyCapitals(text: string): boolean {
  const letters = text.replace(/\P{L}+/gu, '');
  if (letters.length < 10) return false;
  const capitals = letters.length - letters.replace(/\p{Lu}+/gu, '').length;
  return capitals / letters.length > 0.6;
}

/**
 * How central each stem is to the page: its number of sentences, on a log scale, relative to the
 * most widespread stem (0..1). Counting sentences rather than occurrences keeps one list of repeated
 * names from dominating.
 */
export function stemCentrality(profiles: readonly SentenceProfile[]): ReadonlyMap<string, number> {
  const sentenceCounts = new Map<string, number>();
  for (const profile of profiles) {
    if (!profile.isProse) continue;
    for (const stem of profile.stems) sentenceCounts.set(stem, (sentenceCounts.get(stem) ?? 0) + 1);
  }
  let max = 1;
  for (const count of sentenceCounts.values()) max = Math.max(max, count);
  const centrality = new Map<string, number>();
  // A stem in one sentence only says nothing about the page as a whole: it scores zero.
  for (const [stem, count] of sentenceCounts) centrality.set(stem, Math.log(count) / Math.log(Math.max(2, max)));
  return centrality;
}

/** Mean centrality of a sentence's stems (0..1). */
export function sentenceCentrality(profile: SentenceProfile, centrality: ReadonlyMap<string, number>): number {
  if (profile.stems.size === 0) return 0;
  let sum = 0;
  for (const stem of profile.stems) sum += centrality.get(stem) ?? 0;
  return sum / profile.stems.size;
}

/** Share of the smaller sentence's stems that the other has too: 1 for a restatement. */
export function overlap(a: SentenceProfile, b: SentenceProfile): number {
  const [small, large] = a.stems.size <= b.stems.size ? [a, b] : [b, a];
  if (small.stems.size === 0) return 0;
  let shared = 0;
  for (const stem of small.stems) if (large.stems.has(stem)) shared++;
  return shared / small.stems.size;
}

/** Share of `profile`'s stems that the picked sentences already have between them. */
export function coveredBy(profile: SentenceProfile, picked: readonly SentenceProfile[]): number {
  if (profile.stems.size === 0 || picked.length === 0) return 0;
  let covered = 0;
  for (const stem of profile.stems) if (picked.some((chosen) => chosen.stems.has(stem))) covered++;
  return covered / profile.stems.size;
}
