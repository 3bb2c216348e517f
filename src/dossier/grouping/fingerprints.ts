/**
 * Word shingles for finding a quote's candidate statements without comparing it with every quote:
 * hashes of each run of SHINGLE_WORDS words. A stored wording keeps only a winnowed sample of its
 * shingles (the smallest hash of every WINNOW_WINDOW consecutive ones, as MOSS does), which halves
 * the index and still guarantees a shared fingerprint for any run of
 * SHINGLE_WORDS + WINNOW_WINDOW - 1 words the two quotes have in common. A quote being grouped looks
 * up all its shingles.
 */

export const SHINGLE_WORDS = 3;
export const WINNOW_WINDOW = 3;
/** Up to this many words, a wording keeps every shingle: short quotes share short runs. */
const KEEP_ALL_UP_TO_WORDS = 12;

/** 32-bit FNV-1a. Collisions only cost a comparison: every candidate is compared word by word. */
function hashWords(words: readonly string[], from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    const word = words[i]!;
    for (let c = 0; c < word.length; c++) {
      hash ^= word.charCodeAt(c);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x20;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Every shingle's hash (a quote shorter than a shingle is one shingle). */
export function allShingles(words: readonly string[]): number[] {
  if (words.length === 0) return [];
  if (words.length <= SHINGLE_WORDS) return [hashWords(words, 0, words.length)];
  const hashes: number[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) hashes.push(hashWords(words, i, i + SHINGLE_WORDS));
  return hashes;
}

/** The shingles a stored wording is indexed by: all of them for short quotes, a winnowed sample otherwise. */
export function storedFingerprints(words: readonly string[]): number[] {
  const hashes = allShingles(words);
  if (words.length <= KEEP_ALL_UP_TO_WORDS) return [...new Set(hashes)];
  const chosen = new Set<number>();
  for (let start = 0; start + WINNOW_WINDOW <= hashes.length; start++) {
    let smallest = hashes[start]!;
    for (let i = start + 1; i < start + WINNOW_WINDOW; i++) smallest = Math.min(smallest, hashes[i]!);
    chosen.add(smallest);
  }
  return [...chosen];
}
