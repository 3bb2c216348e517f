import { describe, expect, it } from 'vitest';
import { countWords, hasFewerWords } from '../../../src/quotes/quote-words';
import { isContraction, isRoleToken, isRoleWord } from '../../../src/quotes/speech-lexicon';
import { tokenize } from '../../../src/quotes/tokens';

describe('hasFewerWords', () => {
  const texts = ['', 'peace-plan', 'We can’t wait.', 'Мы готовы, — сказал он.', '„Das ist nicht akzeptabel“', '1, 2, 3 and 4', ' , ; ', 'one two three four five six seven'];

  it('answers as counting every word would, for any limit', () => {
    for (const text of texts) {
      for (let limit = 0; limit <= 8; limit++) expect(hasFewerWords(text, limit), `${text} < ${limit}`).toBe(countWords(text) < limit);
    }
  });
});

describe('isContraction', () => {
  it('knows contractions in either apostrophe, and nothing else', () => {
    for (const word of ["don't", 'can’t', "we'll", 'i’m', "they're", 'you’ve', "she'd"]) expect(isContraction(word), word).toBe(true);
    for (const word of ["o'neill", 'd’souza', 'dont', 'ministry', "o'brien"]) expect(isContraction(word), word).toBe(false);
  });
});

describe('isRoleToken', () => {
  it('answers as isRoleWord does, and keeps the answer on the token', () => {
    const text = 'Die Sprecherin des Ministers, Lea Brandt, told the spokesman and Mayor Ruiz.';
    const tokens = tokenize(text, 0, text.length);
    for (const token of tokens) {
      expect(token.isRole).toBeUndefined();
      expect(isRoleToken(token), token.text).toBe(isRoleWord(token.text));
      expect(token.isRole).toBe(isRoleWord(token.text));
    }
    expect(tokens.filter(isRoleToken).map((token) => token.text)).toEqual(['Sprecherin', 'spokesman', 'Mayor']);
  });
});
