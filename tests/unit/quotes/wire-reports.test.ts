import { describe, expect, it } from 'vitest';
import { speakersAndOpenings } from './quotes-in';
import { datelineEnd } from '../../../src/quotes/dateline';
import { tokenize } from '../../../src/quotes/tokens';

/**
 * Wire reports open with a dateline and name their subject after it; sentences of our own in the
 * three languages. Read from the dateline, the place stood where the subject does.
 */
const who = (paragraphs: string[], lang?: string) => speakersAndOpenings(paragraphs, lang);

const datelineOf = (sentence: string): string => {
  const tokens = tokenize(sentence, 0, sentence.length);
  const end = datelineEnd(tokens);
  return end === 0 ? '' : sentence.slice(0, tokens[end - 1]!.end);
};

describe('a dateline', () => {
  it('is a place in capitals, or a place with its agency in brackets, up to its dash', () => {
    expect(datelineOf('OSLO (AP) — Senator Ana Ruiz criticized the plan.')).toBe('OSLO (AP) —');
    expect(datelineOf('BRUSSELS, March 21 (Reuters) - The minister said no.')).toBe('BRUSSELS, March 21 (Reuters) -');
    expect(datelineOf('Kiel (dpa) - Die Ministerin verteidigte die Pläne.')).toBe('Kiel (dpa) -');
    expect(datelineOf('INTERFAX.RU - Депутат отверг предложение.')).toBe('INTERFAX.RU -');
    expect(datelineOf('ТВЕРЬ, 21 марта (ТАСС) - Губернатор заявил.')).toBe('ТВЕРЬ, 21 марта (ТАСС) -');
  });

  it('is not a sentence with a dash in it', () => {
    expect(datelineOf('Ana Ruiz – the mayor since 2019 – said no.')).toBe('');
    expect(datelineOf('Oslo — a city of bridges — voted on Monday.')).toBe('');
    expect(datelineOf('The plan (announced Monday) - critics say - is late.')).toBe('');
    expect(datelineOf('NATO is not a party to the war - not yet.')).toBe('');
  });
});

describe('the subject after a dateline is in focus for the quotes that follow', () => {
  it('in English', () => {
    expect(who(['OSLO (AP) — Senator Ana Ruiz criticized the harbour plan on Monday. “It is a bad deal for workers and families,” she said.'])).toEqual([
      ['Ana Ruiz', 'It is a'],
    ]);
    expect(who(['BRUSSELS, March 21 (Reuters) - Lawmaker Ivo Marten rejected the proposal. "We will not accept such terms from anyone," he told reporters.'])).toEqual([
      ['Ivo Marten', 'We will not'],
    ]);
  });

  it('in German', () => {
    expect(who(['Kiel (dpa) - Umweltminister Jonas Keller hat den Plan verteidigt. „Wir können nicht länger warten, das Watt braucht Schutz“, sagte er.'], 'de')).toEqual([
      ['Jonas Keller', 'Wir können nicht'],
    ]);
  });

  it('in Russian', () => {
    expect(who(['ТВЕРЬ, 21 марта (ТАСС) - Губернатор области Игорь Семёнов отверг предложение. «Мы не примем таких условий ни от кого», - сказал он журналистам.'], 'ru')).toEqual([
      ['Игорь Семёнов', 'Мы не примем'],
    ]);
  });
});

describe('an unnamed spokesperson, then a quote of its own', () => {
  it('gives the body the spokesperson spoke for, as a cue in the quote\'s sentence would', () => {
    expect(
      who(['Ein Sprecher der Hafenbehörde erklärte auf Anfrage, die Planungen lägen im Zeitplan. „Es gibt keinen Anlass zur Sorge, die Fristen werden eingehalten.“'], 'de'),
    ).toEqual([['Hafenbehörde', 'Es gibt keinen']]);
  });

  it('but not a body that only acted: it is no speaker for the words after', () => {
    expect(who(['Die Hafenbehörde legte am Montag neue Pläne vor. „Es gibt keinen Anlass zur Sorge, die Fristen werden eingehalten.“'], 'de')).not.toContainEqual([
      'Hafenbehörde', 'Es gibt keinen',
    ]);
  });
});
