import { describe, expect, it } from 'vitest';
import { displayQuote, quoted, quoteLanguage } from '../../../src/text/quote-display';

describe('a quote as every view shows it', () => {
  it('folds page whitespace and drops the trailing comma that only says the sentence went on', () => {
    expect(displayQuote('  We will talk\n   about everything,')).toBe('We will talk about everything');
    expect(displayQuote('Yes, we will ,')).toBe('Yes, we will');
  });

  it.each([
    ['an English quote on an English page', 'We will talk,', 'en', '“We will talk”'],
    ['a German quote on a German page', 'Wir reden,', 'de-DE', '„Wir reden“'],
    ['a Russian quote on a Russian page', 'Мы поговорим', 'ru', '«Мы поговорим»'],
    ['a Russian quote on an English page', 'Мы поговорим', 'en', '«Мы поговорим»'],
    ['an English quote on a Russian page', 'We will talk', 'ru', '“We will talk”'],
    ['a quote on a page without a language', 'We will talk', null, '“We will talk”'],
    ['a Ukrainian quote on a Ukrainian page', 'Ми поговоримо', 'uk', '«Ми поговоримо»'],
  ])('gives %s the marks of its own language', (_case, text, pageLang, shown) => {
    expect(quoted(text, pageLang)).toBe(shown);
  });

  it('reads the language from the script first, then from the page', () => {
    expect(quoteLanguage('Путин сказал', 'de')).toBe('ru');
    expect(quoteLanguage('Er sagte', 'de-AT')).toBe('de');
  });
});
