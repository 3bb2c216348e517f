import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/text/sentences';

function sentencesOf(text: string, lang?: string): string[] {
  return splitSentences(text, lang).map((span) => text.slice(span.start, span.end));
}

describe('splitSentences', () => {
  it('splits plain prose into trimmed sentences', () => {
    expect(sentencesOf('The talks ended late. Both sides left Geneva on Friday.  ')).toEqual([
      'The talks ended late.',
      'Both sides left Geneva on Friday.',
    ]);
  });

  it('does not end a sentence after a title before a name', () => {
    expect(sentencesOf('Mr. Lin met Dr. Okafor and Sen. Brandt in Berlin. Gen. Alvarez stayed home.')).toEqual([
      'Mr. Lin met Dr. Okafor and Sen. Brandt in Berlin.',
      'Gen. Alvarez stayed home.',
    ]);
  });

  it('keeps initials inside a name', () => {
    expect(sentencesOf('The memo was signed by Harriet J. Moss and R. Daniel Kwan. It was leaked.')).toEqual([
      'The memo was signed by Harriet J. Moss and R. Daniel Kwan.',
      'It was leaked.',
    ]);
  });

  it('joins dotted abbreviations before a name, but not before a new sentence', () => {
    expect(sentencesOf('He flew to the U.S. Embassy in Oslo. Later he was back in the U.S. The trip was short.')).toEqual([
      'He flew to the U.S. Embassy in Oslo.',
      'Later he was back in the U.S.',
      'The trip was short.',
    ]);
  });

  it('joins month abbreviations before a date and numbers after "No."', () => {
    expect(sentencesOf('The vote is on Jan. 12 in room No. 4. Nobody expects a surprise.')).toEqual([
      'The vote is on Jan. 12 in room No. 4.',
      'Nobody expects a surprise.',
    ]);
  });

  it('handles German abbreviations', () => {
    expect(sentencesOf('Die Delegation traf u.a. Dr. Weber und bzw. Vertreter aus Nr. 10. Dann reiste sie ab.', 'de')).toEqual([
      'Die Delegation traf u.a. Dr. Weber und bzw. Vertreter aus Nr. 10.',
      'Dann reiste sie ab.',
    ]);
  });

  it('handles Russian abbreviations and initials', () => {
    expect(sentencesOf('Встреча прошла в Москве, т.е. в Кремле. Её провёл В. В. Иванов. Потом все уехали.', 'ru')).toEqual([
      'Встреча прошла в Москве, т.е. в Кремле.',
      'Её провёл В. В. Иванов.',
      'Потом все уехали.',
    ]);
  });

  it('keeps a quotation with its attribution as one sentence', () => {
    expect(sentencesOf('“We tried. It did not work,” the minister said. She left.')).toEqual([
      '“We tried. It did not work,” the minister said.',
      'She left.',
    ]);
    expect(sentencesOf('“Is that really all?” she asked. Nobody answered.')).toEqual([
      '“Is that really all?” she asked.',
      'Nobody answered.',
    ]);
  });

  it('splits a block of hundreds of kilobytes in one line as it splits a short one, and in linear time', () => {
    const kinds = [
      'Mr. Ott met the mayor at noon on Monday.',
      '“Is it over?” she asked the clerk at the desk.',
      'Dr. Lena Brandt said the plan was sound, item {n}.',
      'The vote, held on Jan. 5, passed by a wide margin.',
    ];
    const written = (count: number) => Array.from({ length: count }, (_, n) => kinds[n % kinds.length]!.replace('{n}', String(n)));
    const short = written(40);
    expect(sentencesOf(short.join(' '))).toEqual(short);
    const long = written(6000);
    const text = long.join(' ');
    expect(text.length).toBeGreaterThan(250_000);
    const started = performance.now();
    expect(sentencesOf(text)).toEqual(long);
    // The engine's own segmenter takes seconds on one block this long.
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('never crosses a block boundary', () => {
    const text = 'A headline without a stop\n\nThe first paragraph. Mr.\n\nSmith wrote it.';
    expect(sentencesOf(text)).toEqual(['A headline without a stop', 'The first paragraph.', 'Mr.', 'Smith wrote it.']);
  });

  it('treats a line wrap inside a block as a space', () => {
    expect(sentencesOf('The envoy arrived\nin Kyiv on Monday. He left\non Tuesday.')).toEqual([
      'The envoy arrived\nin Kyiv on Monday.',
      'He left\non Tuesday.',
    ]);
  });

  it('returns offsets into the original text', () => {
    const text = '\n\n  First one. Second one.';
    const spans = splitSentences(text);
    expect(spans).toEqual([
      { start: 4, end: 14 },
      { start: 15, end: 26 },
    ]);
  });
});
