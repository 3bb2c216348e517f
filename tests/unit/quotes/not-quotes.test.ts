import { describe, expect, it } from 'vitest';
import { quotesIn } from './quotes-in';

/** Quote marks that hold no one's words: titles, links to other articles, the writer's scare quotes. */
function quoted(paragraphs: string[], lang = 'en'): [string, string | null][] {
  return quotesIn(paragraphs, lang).map((quote) => [quote.text, quote.speaker]);
}

describe('quote marks around no one’s words', () => {
  it('drops a title, its comma inside the marks', () => {
    expect(quoted(['“The Girl Who Sailed Home,” out this week, is a gentle film for the whole family.'])).toEqual([]);
  });

  it('drops the headline of a linked article, in each language', () => {
    expect(quoted(['READ MORE: ‘We were left waiting for nine hours’: patients describe the night at the clinic'])).toEqual([]);
    expect(quoted(['Lesen Sie auch: „Wir haben keine Angst vor dem Winter“ – ein Besuch im Hafen'], 'de')).toEqual([]);
    expect(quoted(['Читайте также: «Мы не боимся никаких трудностей этой зимой» — репортаж из порта'], 'ru')).toEqual([]);
  });

  it('drops a lower-case scare quote inside a sentence that names no speaker', () => {
    expect(quoted(['The fair invited boats of “all colours and all sizes” to join the parade on Sunday.'])).toEqual([]);
  });

  it('keeps a fragment that ends its sentence, and a fragment with its speaker', () => {
    expect(quoted(['The harbour board says the new lights will “make the channel safer for every crew.”'])).toHaveLength(1);
    expect(quoted(['Mayor Ruth Okafor called the plan “a waste of everyone’s time” on Monday.'])).toEqual([['a waste of everyone’s time', 'Ruth Okafor']]);
  });
});
