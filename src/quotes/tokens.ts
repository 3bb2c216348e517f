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
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*|\S/gu;
const ABBREVIATION = /^(?:\p{L}|(?:\p{L}\.)+\p{L}|mr|mrs|ms|dr|prof|sen|rep|gen|gov|lt|col|st|jr|sr|capt|sgt|adm|maj|rev|hon|mt|messrs|mme|nr|г|им)$/iu;

/** Tokens of `text` between `from` and `to`. Linear in the length of the stretch. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const stretch = text.slice(from, to);
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(stretch))) {
    let word = match[0];
    const start = from + match.index;
    let end = start + word.length;
    const isWord = /[\p{L}\p{N}]/u.test(word[0]!);
    // Initials and titles keep their full stop: "G." in "William G. Gale", "Mr." in "Mr. Frankel".
    if (isWord && stretch[match.index + word.length] === '.' && ABBREVIATION.test(word)) {
      word += '.';
      end += 1;
      TOKEN.lastIndex += 1;
    }
    let isPossessive = false;
    const possessive = isWord ? /^(.+)[’'](?:s|)$/u.exec(word) : null;
    if (possessive && /[’']s$/u.test(word)) {
      word = possessive[1]!;
      isPossessive = true;
    }
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      start,
      end,
      isWord,
      isCapitalised: isWord && /^\p{Lu}/u.test(word),
      isPossessive,
    });
  }
  return tokens;
}
