import { describe, expect, it } from 'vitest';
import { speakersAndOpenings } from './quotes-in';
import { markPageSurnames } from '../../../src/quotes/page-surnames';
import { tokenize } from '../../../src/quotes/tokens';

/** Surnames that are also common words, in sentences of our own. */
describe('a common word the page uses as a surname', () => {
  it('EN: after a known given name ("Ana May"), "May said" names her; a month stays a month elsewhere', () => {
    expect(
      speakersAndOpenings(['Mayor Ana May met the council on Monday.', '"We will open the bridge on time, whatever it costs," May said.']),
    ).toEqual([['Ana May', 'We will open']]);
    expect(speakersAndOpenings(['The council met in May.', '"We will open the bridge on time, whatever it costs," May said.'])).toEqual([
      [null, 'We will open'],
    ]);
  });

  it('EN: a surname that is a German article elsewhere ("Priya Das") is a name on an English page', () => {
    expect(
      speakersAndOpenings(['Her linemate, Priya Das, set up both goals.', '"Sara does the hard work in front of the net," Das said.']),
    ).toEqual([['Priya Das', 'Sara does the']]);
  });

  it('marks only words written right after a given name or an honorific, and every later use of them', () => {
    const text = 'Theresa May spoke. In May, Dr. Still said so. Still, nothing. Ana. Even';
    const tokens = tokenize(text, 0, text.length);
    markPageSurnames(tokens);
    expect(tokens.filter((token) => token.isPageSurname).map((token) => token.text)).toEqual(['May', 'May', 'Still', 'Still']);
    // A full stop after a word that is no abbreviation ends a sentence; "I" is never a surname.
    const dialogue = 'It is for you to decide, sir. I think so. Miss. Even so.';
    const dialogueTokens = tokenize(dialogue, 0, dialogue.length);
    markPageSurnames(dialogueTokens);
    expect(dialogueTokens.filter((token) => token.isPageSurname)).toEqual([]);
  });

  it('leaves every token, marked or not, with the same fields in the same order (one shape, fast to read)', () => {
    const text = 'Theresa May spoke, and “May” said: “Go.” Ana. Dr. Still';
    const tokens = tokenize(text, 0, text.length);
    markPageSurnames(tokens);
    const shapes = new Set(tokens.map((token) => Object.keys(token).join()));
    expect([...shapes]).toEqual(['text,lower,start,end,isWord,isCapitalised,isPossessive,isPageSurname,isRole']);
  });
});
