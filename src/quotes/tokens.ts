/** Word and punctuation tokens of a stretch of text, with offsets; the unit attribution reasons in. */

export interface Token {
  /** The token as written, without a possessive ending. */
  text: string;
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Starts with an upper-case letter. */
  isCapitalised: boolean;
  /** Ended in ’s / 's ("the Kremlin’s statement"). */
  isPossessive: boolean;
  /**
   * A common word the page uses as a surname ("Theresa May"): see page-surnames.ts. Set on every
   * token from the start, so that all tokens share one shape and the engine's property reads stay fast.
   */
  isPageSurname: boolean;
  /** Whether the token is a role word ("minister", „Sprecherin“), once asked: see `isRoleToken`. */
  isRole: boolean | undefined;
}

const NON_ASCII_WORD = /[\p{L}\p{M}\p{N}]/u;
const ABBREVIATION = /^(?:\p{L}|(?:\p{L}\.)+\p{L}|mr|mrs|ms|dr|prof|sen|rep|gen|gov|lt|col|st|jr|sr|capt|sgt|adm|maj|rev|hon|mt|messrs|mme|nr|const|cst|cpl|det|insp|supt|cmdr|pte|pvt|atty|amb|cllr|mlle|msgr|г|им)$/iu;

function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code === 0xa0 || (code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x303f)) return false;
  return NON_ASCII_WORD.test(text[i]!);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 12;
}

/** Joins inside a word: "co-founder", "don’t", "U.S". */
function isJoiner(char: string): boolean {
  return char === '-' || char === "'" || char === '’' || char === '.';
}

/** Tokens of `text` between `from` and `to`. One pass, no backtracking. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    if (!isWordChar(text, i)) {
      // Surrogate pairs stay one token.
      const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      const piece = text.slice(i, i + width);
      tokens.push({ text: piece, lower: piece, start: i, end: i + width, isWord: false, isCapitalised: false, isPossessive: false, isPageSurname: false, isRole: undefined });
      i += width;
      continue;
    }
    const start = i;
    i++;
    while (i < to) {
      if (isWordChar(text, i)) i++;
      else if (isJoiner(text[i]!) && i + 1 < to && isWordChar(text, i + 1)) i += 2;
      else break;
    }
    let word = text.slice(start, i);
    // Initials and titles keep their full stop: "G." in "William G. Gale", "Mr." in "Mr. Frankel".
    if (text[i] === '.' && i < to && word.length <= 8 && ABBREVIATION.test(word)) {
      word += '.';
      i++;
    }
    const end = i;
    let isPossessive = false;
    if (word.length > 2 && (word.endsWith('’s') || word.endsWith("'s"))) {
      word = word.slice(0, -2);
      isPossessive = true;
    }
    const lower = word.toLowerCase();
    const head = word[0]!;
    tokens.push({ text: word, lower, start, end, isWord: true, isCapitalised: head !== lower[0], isPossessive, isPageSurname: false, isRole: undefined });
  }
  return tokens;
}
