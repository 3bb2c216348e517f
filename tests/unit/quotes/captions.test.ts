import { describe, expect, it } from 'vitest';
import { isCaption } from '../../../src/quotes/captions';
import { speakersAndOpenings } from './quotes-in';

/** Photo captions that a scraped page keeps as paragraphs: their people are in the picture, not the story. */
const who = (paragraphs: string[], lang?: string) => speakersAndOpenings(paragraphs, lang);

describe('a photo caption', () => {
  it('is told by the credit that closes it', () => {
    const caption = 'Trucker Dale Hines checks the ice near the lake. ( Bill Braden / The Canadian Press )';
    expect(isCaption(caption, 0, caption.length)).toBe(true);
    for (const credit of ['(Photo: Reuters)', '(Foto: dpa)', '(Фото: ТАСС)', '(Credit: City of Halifax)']) {
      const text = `Der Bürgermeister bei der Eröffnung. ${credit}`;
      expect(isCaption(text, 0, text.length)).toBe(true);
    }
  });

  it('is not a paragraph that ends in an ordinary aside', () => {
    for (const text of ['The council voted 9-4 (two members were absent).', 'The price rose to $4.50 (about €3).', 'Sie sagte, das sei „unzumutbar“ (so wörtlich).', 'The vote split the board (50/50)']) {
      expect(isCaption(text, 0, text.length)).toBe(false);
    }
  });

  it('does not put its person in focus for the next "he"', () => {
    const story = [
      'A warm winter has forced the territory to close the ice road two weeks early.',
      'Transportation Minister Wally Kern said the decision was made for safety reasons.',
      'Trucker Dale Hines checks the ice near Tibbitt Lake. ( Bill Braden / The Canadian Press )',
      '“We can’t take chances with people’s lives on thin ice,” he said.',
    ];
    expect(who(story)).toEqual([['Wally Kern', 'We can’t take']]);
    const german = [
      'Der Winter war zu warm, die Eisstraße wird früher geschlossen.',
      'Verkehrsministerin Petra Lorenz begründete das mit der Sicherheit.',
      'Fahrer Jonas Wiek prüft das Eis am See. (Foto: dpa)',
      '„Wir gehen bei dünnem Eis kein Risiko ein“, sagte sie.',
    ];
    expect(who(german, 'de')).toEqual([['Petra Lorenz', 'Wir gehen bei']]);
  });
});

describe('a person introduced with a relative clause outside subject position', () => {
  it('is whom a description after names', () => {
    const story = [
      'Forget the big chains for a moment.',
      'I’m talking about Rhea Mistry, who moved here from Pune in 2004 to open a bookshop. “We sell only what we have read ourselves,” says the 39-year-old owner.',
    ];
    expect(who(story)).toEqual([['Rhea Mistry', 'We sell only']]);
  });
});
