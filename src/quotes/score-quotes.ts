/**
 * Scores found quotes against hand labels (the format of `../shared/dev/labels/*.json`): a found
 * quote matches a label when their texts overlap and the speaker's surname agrees. Quotes under four
 * words and `ignore` strings count neither way.
 */
import { countWords } from './quote-words';
import { cyrillicStem } from './speech-lexicon';

export interface QuoteLabel {
  speaker: string;
  text_start: string;
  /** For an unnamed individual (`speaker` UNKNOWN): the phrase the page uses ("a spokesperson"). */
  speaker_alt?: string;
}

export interface FoundQuote {
  text: string;
  speaker: string | null;
  confidence?: number;
  rule?: string;
}

export interface PageScore {
  labelled: number;
  found: number;
  truePositives: number;
  falsePositives: FoundQuote[];
  falseNegatives: QuoteLabel[];
  /** Text matches (whatever the speaker) and how many of them name the right speaker. */
  textMatches: number;
  speakerCorrect: number;
  /** Text matches with the wrong speaker: [found, label]. */
  wrongSpeakers: [FoundQuote, QuoteLabel][];
  /** Every text match with whether its speaker is right: the material of a calibration table. */
  matched: { quote: FoundQuote; label: QuoteLabel; correct: boolean }[];
}

const MIN_WORDS = 4;

/** Lower case; quotes, apostrophes, dashes and spacing unified; outer punctuation dropped. */
export function normaliseQuoteText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00AD\u200B-\u200F\u2060\uFEFF]/g, '')
    .replace(/[‘’‚‛′'`´]/g, "'")
    .replace(/[“”„‟«»‹›"″「」『』]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim()
    .replace(/^[\s"',.;:]+|[\s"',.;:]+$/g, '');
}


function words(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean)
    // Russian names decline (Пескова): Cyrillic words compare by stem.
    .map(cyrillicStem);
}

/** Same speaker by surname: the label's last word is one of the found speaker's words, or the other way round. */
export function sameSpeaker(found: string | null, label: string, alternative?: string): boolean {
  if (label.trim().toUpperCase() === 'UNKNOWN') {
    // An unnamed individual: no speaker is right, and so is the page's own phrase for them.
    return found === null || (alternative !== undefined && alternative.trim() !== '' && sameSpeaker(found, alternative));
  }
  if (found === null) return false;
  const labelWords = words(label);
  const foundWords = words(found);
  const labelLast = labelWords.at(-1);
  const foundLast = foundWords.at(-1);
  if (!labelLast || !foundLast) return false;
  return foundWords.includes(labelLast) || labelWords.includes(foundLast);
}

function textsOverlap(found: string, labelStart: string): boolean {
  if (found.length === 0 || labelStart.length === 0) return false;
  return found.includes(labelStart) || labelStart.includes(found) || (found.length >= 20 && labelStart.startsWith(found.slice(0, 20)));
}

function isIgnored(found: string, ignore: string[]): boolean {
  return ignore.some((item) => item.length > 0 && (found === item || (countWords(item) >= MIN_WORDS && (found.includes(item) || item.includes(found)))));
}

export function scorePage(found: FoundQuote[], labels: QuoteLabel[], ignoreStrings: string[]): PageScore {
  const ignore = ignoreStrings.map(normaliseQuoteText);
  const scoredLabels = labels.filter((label) => countWords(label.text_start) >= MIN_WORDS);
  const labelTexts = scoredLabels.map((label) => normaliseQuoteText(label.text_start));
  const matchedLabel = new Array<boolean>(scoredLabels.length).fill(false);
  const score: PageScore = {
    labelled: scoredLabels.length,
    found: 0,
    truePositives: 0,
    falsePositives: [],
    falseNegatives: [],
    textMatches: 0,
    speakerCorrect: 0,
    wrongSpeakers: [],
    matched: [],
  };
  const pendingWrong: { quote: FoundQuote; label: number }[] = [];
  for (const quote of found) {
    const text = normaliseQuoteText(quote.text);
    if (countWords(quote.text) < MIN_WORDS) continue;
    // A found quote may cover several labels (a multi-paragraph or merged quote): take the first free one.
    let labelIndex = -1;
    for (let i = 0; i < scoredLabels.length; i++) {
      if (!matchedLabel[i] && textsOverlap(text, labelTexts[i]!)) {
        labelIndex = i;
        break;
      }
    }
    if (labelIndex < 0) {
      if (isIgnored(text, ignore)) continue;
      score.found++;
      score.falsePositives.push(quote);
      continue;
    }
    score.found++;
    matchedLabel[labelIndex] = true;
    score.textMatches++;
    const label = scoredLabels[labelIndex]!;
    const correct = sameSpeaker(quote.speaker, label.speaker, label.speaker_alt);
    score.matched.push({ quote, label, correct });
    if (correct) {
      score.truePositives++;
      score.speakerCorrect++;
    } else {
      pendingWrong.push({ quote, label: labelIndex });
    }
  }
  for (const { quote, label } of pendingWrong) {
    score.falsePositives.push(quote);
    score.wrongSpeakers.push([quote, scoredLabels[label]!]);
  }
  scoredLabels.forEach((label, i) => {
    const wrong = pendingWrong.some((entry) => entry.label === i);
    if (!matchedLabel[i] || wrong) score.falseNegatives.push(label);
  });
  return score;
}

/** Why an attribution is wrong, in the classes the evaluation reports progress by. */
export type AttributionError = 'no speaker' | 'not a speaker' | 'wrong person' | 'body';

/**
 * Classifies a wrong speaker: none given where the label names one; a body or document on either
 * side; someone the page's labels name elsewhere, or a full personal name (the wrong person); and
 * otherwise a phrase that is no speaker at all (furniture, a place, a date, a fragment of a role).
 */
export function classifyAttributionError(
  found: string | null,
  label: QuoteLabel,
  pageLabels: readonly QuoteLabel[],
  isBody: (name: string) => boolean,
): AttributionError {
  if (found === null) return 'no speaker';
  if (isBody(found) || (label.speaker.toUpperCase() !== 'UNKNOWN' && isBody(label.speaker))) return 'body';
  if (pageLabels.some((other) => other.speaker.toUpperCase() !== 'UNKNOWN' && sameSpeaker(found, other.speaker))) return 'wrong person';
  const words = found.trim().split(/\s+/);
  if (words.length >= 2 && words.length <= 4 && words.every((word) => /^\p{Lu}[\p{Ll}\p{M}’'.-]+$/u.test(word))) return 'wrong person';
  return 'not a speaker';
}
