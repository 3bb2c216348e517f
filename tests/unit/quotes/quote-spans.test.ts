import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/quotes/quote-spans';
import { quoteText } from '../../../src/quotes/quote-words';

function quotedWords(text: string): string[] {
  return findQuoteSpans(text).map((span) => quoteText(text, span));
}

describe('findQuoteSpans', () => {
  it('pairs straight and curly double quotes', () => {
    expect(quotedWords('He said "we are ready" and then “we will see.”')).toEqual(['we are ready', 'we will see.']);
  });

  it('joins a quote across a paragraph the page broke mid-sentence, and only there', () => {
    const broken = quotedWords('"Who gets a place on the list is up to the office\n\nthat reviews each file," said Ana Ruiz in an email.');
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatch(/^Who gets a place .* reviews each file,$/s);
    // A sentence that ended, or a paragraph in upper case, is a new start: the stray mark pairs with nothing.
    expect(quotedWords('"Who gets a place on the list is up to the office.\n\nthat reviews each file," said Ana Ruiz.')).toEqual([]);
    expect(quotedWords('"Who gets a place on the list is up to the office\n\nThe office reviews each file," said Ana Ruiz.')).toEqual([]);
  });

  it('tells closing single quotes from apostrophes', () => {
    expect(quotedWords('‘The farmers’ union won’t sign,’ she said of Xi’s plan.')).toEqual(['The farmers’ union won’t sign,']);
    expect(quotedWords("It's the '90s, isn't it?")).toEqual([]);
  });

  it('reads German „…“ and ‚…‘ and the »…« order', () => {
    expect(quotedWords('„Wir sind bereit“, sagte sie, und nannte es ‚fair‘. Er schrieb »Schluss damit«.')).toEqual([
      'Wir sind bereit',
      'fair',
      'Schluss damit',
    ]);
  });

  it('reads guillemets with and without no-break spaces, and nested quotes stay inside', () => {
    expect(quotedWords('Он сказал: «Мы „готовы“ говорить». Le texte « prévoit\u00a0des contrôles\u00a0»')).toEqual([
      'Мы „готовы“ говорить',
      'prévoit\u00a0des contrôles',
    ]);
  });

  it('reads corner brackets', () => {
    expect(quotedWords('他说「我们准备好了」然后『好的』')).toEqual(['我们准备好了', '好的']);
  });

  it('recovers from swapped marks', () => {
    expect(quotedWords('She wrote ”the plan is dead” and “it will stay dead”.')).toEqual(['the plan is dead', 'it will stay dead']);
  });

  it('joins a quote that runs over paragraphs: each opens with a mark, only the last closes', () => {
    const text = '“The first part goes on\n\n“and the second part too\n\n“and here it ends.” Then the story goes on.';
    expect(quotedWords(text)).toEqual(['The first part goes on\n\nand the second part too\n\nand here it ends.']);
  });

  it('keeps a stray mark inside its own paragraph', () => {
    const text = 'A stray “mark opens here and never closes.\n\nThe next paragraph has “a proper quote” in it.';
    expect(quotedWords(text)).toEqual(['a proper quote']);
  });

  it('does not let inch marks or a lone mark swallow the text', () => {
    expect(quotedWords('The screen is 15" wide and the "deal" is "good" for all.')).toEqual(['deal', 'good']);
  });
});

describe('marks typed wrong', () => {
  it('two single marks typed for a double one pair as one', () => {
    expect(quotedWords('“We print only local creators,’’ says the shop’s founder.')).toEqual(['We print only local creators,']);
    expect(quotedWords("He wrote ''we print only local creators'' on the sign.")).toEqual(['we print only local creators']);
  });

  it('a closing mark with no space after it still closes', () => {
    expect(quotedWords('“We have stayed because we love the cards,”Kaplan says. “Others come and go.”')).toEqual([
      'We have stayed because we love the cards,',
      'Others come and go.',
    ]);
  });

  it('a space between the inner and the outer closing marks', () => {
    expect(quotedWords('“They say, ‘Wow, you made this? Maybe I can too!’ ” It is not about money.')).toEqual([
      'They say, ‘Wow, you made this? Maybe I can too!’',
    ]);
  });

  it('an opening mark typed for the closing one, after a whole sentence, ends the quote there', () => {
    expect(quotedWords('Kai Lund spoke. “That is a risky thing to do. “It really makes people angry,” Lund said.')).toEqual([
      'That is a risky thing to do.',
      'It really makes people angry,',
    ]);
    // Not where the first quote's words were closed by a mark the pairing did not take.
    expect(quotedWords('Ann said “we were done by noon” and left. “Then the rain came,” she said.')).toEqual([
      'we were done by noon',
      'Then the rain came,',
    ]);
  });
});

