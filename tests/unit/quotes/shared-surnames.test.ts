import { describe, expect, it } from 'vitest';
import { speakersAndOpenings } from './quotes-in';

/**
 * A family quoted together: two people of one surname, told apart by what the sentence shows of
 * gender (a pronoun, an honorific, a verb's ending). Sentences of our own, fictional people.
 */
const who = (paragraphs: string[], lang?: string) => speakersAndOpenings(paragraphs, lang);

describe('a surname that two people on the page share', () => {
  const family = [
    'Karen Delorme says the school ignored her emails about the broken door.',
    'Her husband, Ray Delorme, said the family is considering legal action.',
    '“We want to know why the door was never fixed,” he said.',
    'Coun. Jonah Whitebird said the province has a maintenance backlog.',
    '“This is what that backlog looks like on the ground,” Whitebird said.',
  ];

  it('is the one whose gender the reported speech shows', () => {
    expect(who([...family, 'Delorme said she wants an apology.', '“Just admit you got the emails and fix the doors,” she said.'])).toContainEqual([
      'Karen Delorme', 'Just admit you',
    ]);
    expect(who([...family, 'Delorme said he wants an apology.', '“Just admit you got the emails and fix the doors,” he said.'])).toContainEqual([
      'Ray Delorme', 'Just admit you',
    ]);
  });

  it('is the one an honorific names', () => {
    const bakery = [
      'Karen Delorme and her husband, Ray Delorme, run a bakery on Main Street.',
      '“We have been here for twenty years,” Mr. Delorme said.',
      'Their landlord, Pete Vance, wants to double the rent next spring.',
      '“Nobody can pay that kind of money,” Mrs. Delorme said.',
    ];
    expect(who(bakery)).toEqual([
      ['Ray Delorme', 'We have been'],
      ['Karen Delorme', 'Nobody can pay'],
    ]);
  });

  it('in German, by „Frau“ and „Herr“', () => {
    const bakery = [
      'Anna Keller und ihr Mann Jonas Keller führen seit zwanzig Jahren die Bäckerei am Markt.',
      '„Wir haben hier jeden Winter überstanden“, sagte Herr Keller.',
      'Der Vermieter Paul Brandt will die Miete im Frühjahr verdoppeln.',
      '„So viel Geld kann hier niemand zahlen“, sagte Frau Keller.',
    ];
    expect(who(bakery, 'de')).toEqual([
      ['Jonas Keller', 'Wir haben hier'],
      ['Anna Keller', 'So viel Geld'],
    ]);
  });

  it('in Russian, by the verb’s ending', () => {
    const family = [
      'Анна Ким и её муж Олег Ким двадцать лет держат пекарню на рынке.',
      '«Мы пережили здесь каждую зиму», — сказал Олег Ким.',
      'Арендатор Павел Брандт хочет весной удвоить плату.',
      'Ким заявила, что семья будет судиться.',
      '«Таких денег здесь никто не заплатит», — сказала она.',
    ];
    expect(who(family, 'ru')).toContainEqual(['Анна Ким', 'Таких денег здесь']);
  });

  it('stays with whom it meant when nothing shows a gender', () => {
    const family = [
      'Karen Delorme and Ray Delorme run a bakery on Main Street.',
      '“We have been here for twenty years,” Delorme said.',
    ];
    expect(who(family)).toEqual([['Ray Delorme', 'We have been']]);
  });
});

describe('a couple named together', () => {
  it('gives each partner the shared surname, and "her husband" is the man named with her', () => {
    const story = [
      'Daniel and Rhonda Kowalski were loading their truck when their dog bolted into the smoke.',
      '“We called and called until the police made us leave,” Rhonda Kowalski said.',
      'Her husband said they had no choice but to go.',
      '“That was the worst drive of my life,” he said.',
      'A volunteer found the dog three weeks later.',
      '“They did what we never could have done,” Daniel said.',
    ];
    expect(who(story)).toEqual([
      ['Rhonda Kowalski', 'We called and'],
      ['Daniel Kowalski', 'That was the'],
      ['Daniel Kowalski', 'They did what'],
    ]);
  });

  it('in German: „Ihr Mann“', () => {
    const story = [
      'Jonas und Anna Keller führen seit zwanzig Jahren die Bäckerei am Markt.',
      '„Wir haben hier jeden Winter überstanden“, sagte Anna Keller.',
      'Ihr Mann sagte, die neue Miete sei das Ende.',
      '„So viel Geld kann hier niemand zahlen“, sagte er.',
    ];
    expect(who(story, 'de')).toEqual([
      ['Anna Keller', 'Wir haben hier'],
      ['Jonas Keller', 'So viel Geld'],
    ]);
  });

  it('not a body that starts with two given names', () => {
    const story = [
      'The Tom and Ella Brandt Foundation pledged new money on Monday.',
      '“Every child deserves a vaccine before their first birthday,” Ella said.',
    ];
    expect(who(story)).not.toContainEqual(['Tom Brandt', 'Every child deserves']);
  });
});
