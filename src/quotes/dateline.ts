/**
 * A wire report's first paragraph opens with a dateline: "WASHINGTON (AP) —", "Hamburg (dpa) -",
 * "MOSCOW, March 21 (Reuters) -", "INTERFAX.RU -". The sentence's subject comes after its dash; read
 * from the dateline, the place would stand where the subject does and the person after it be missed.
 */
import type { Token } from './tokens';

const DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014']);

/** A dateline is a place, a date and an agency: a dozen tokens at most before its dash. */
const MAX_DATELINE_TOKENS = 12;

/** Months a dateline may give in lower case, in full or cut short: Russian writes them so ("21 марта", "21 мар"). */
const LOWER_CASE_MONTHS = /^(?:январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]|янв|фев|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек)$/u;

/** Punctuation a dateline holds between its parts. */
const DATELINE_PUNCTUATION: ReadonlySet<string> = new Set([',', '.', '(', ')', '/']);

/**
 * The index of the first token after a dateline that opens `tokens`, or 0 when they open with none.
 * Only a place in capitals ("OTTAWA —") or a dateline that names its agency in brackets
 * ("Kyiv (CNN) —") counts: "Ana Ruiz – the mayor since 2019 – said" is a sentence.
 */
export function datelineEnd(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (!first || !first.isWord || !first.isCapitalised) return 0;
  let bracketDepth = 0;
  let hasAgency = false;
  for (let i = 0; i < Math.min(tokens.length, MAX_DATELINE_TOKENS + 1); i++) {
    const token = tokens[i]!;
    if (DASHES.has(token.text)) {
      const inCapitals = first.text.length >= 2 && first.text === first.text.toUpperCase() && /\p{L}{2}/u.test(first.text);
      return i > 0 && bracketDepth === 0 && (inCapitals || hasAgency) && tokens[i + 1] !== undefined ? i + 1 : 0;
    }
    if (token.text === '(') bracketDepth++;
    else if (token.text === ')') {
      if (bracketDepth === 0) return 0;
      bracketDepth--;
      hasAgency = true;
    } else if (token.isWord) {
      // Within brackets, an agency may be in lower case ("dpa"); outside them, only a month is.
      const fits = token.isCapitalised || /^\d+$/u.test(token.text) || bracketDepth > 0 || LOWER_CASE_MONTHS.test(token.lower);
      if (!fits) return 0;
    } else if (!DATELINE_PUNCTUATION.has(token.text)) {
      return 0;
    }
  }
  return 0;
}
