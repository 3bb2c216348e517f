import { describe, expect, it } from 'vitest';
import { normaliseQuoteText, sameSpeaker, scorePage } from '../../../src/quotes/score-quotes';

describe('scorePage', () => {
  const labels = [
    { speaker: 'Maria Okonkwo', text_start: 'The harvest will be late this year' },
    { speaker: 'Tomas Berg', text_start: 'Nobody in this building expected the vote' },
    { speaker: 'UNKNOWN', text_start: 'Did anyone check the numbers twice?' },
    { speaker: 'Tomas Berg', text_start: 'Too short here' },
  ];

  it('counts a found quote when its text overlaps a label and the surname matches', () => {
    const score = scorePage(
      [
        { text: 'The harvest will be late this year, and prices will rise,', speaker: 'Okonkwo' },
        { text: 'Nobody in this building expected the vote to pass.', speaker: 'Anna Berg-Lind' },
        { text: 'Did anyone check the numbers twice?', speaker: null },
      ],
      labels,
      [],
    );
    expect(score).toMatchObject({ labelled: 3, found: 3, truePositives: 2, textMatches: 3, speakerCorrect: 2 });
    expect(score.falseNegatives.map((label) => label.speaker)).toEqual(['Tomas Berg']);
    expect(score.wrongSpeakers).toHaveLength(1);
  });

  it('ignores quotes under four words and ignore strings, either way', () => {
    const score = scorePage(
      [
        { text: 'limitless partnership', speaker: null },
        { text: 'a quiet admission of failure', speaker: null },
        { text: 'Too short here', speaker: 'Tomas Berg' },
      ],
      labels,
      ['a quiet admission of failure'],
    );
    expect(score.found).toBe(0);
    expect(score.falsePositives).toEqual([]);
  });

  it('reports unmatched found quotes as false positives', () => {
    const score = scorePage([{ text: 'Something nobody labelled was said here', speaker: 'Somebody' }], labels, []);
    expect(score.falsePositives).toHaveLength(1);
    expect(score.falseNegatives).toHaveLength(3);
  });
});

describe('normaliseQuoteText and sameSpeaker', () => {
  it('unifies quotes, apostrophes, dashes, soft hyphens and spacing', () => {
    expect(normaliseQuoteText('  “It’s  Isra\u00ADeli — policy,”  ')).toBe("it's israeli - policy");
  });

  it('matches speakers by surname, either way round, without diacritics', () => {
    expect(sameSpeaker('Kremlin', 'the Kremlin')).toBe(true);
    expect(sameSpeaker('Peskov', 'Dmitry Peskov')).toBe(true);
    expect(sameSpeaker('Hemi Tane', 'Te Aru Robert Tane')).toBe(true);
    expect(sameSpeaker('Jose Nunez', 'José Núñez')).toBe(true);
    expect(sameSpeaker('Olaf Scholz', 'John Kirby')).toBe(false);
    expect(sameSpeaker('Пескова', 'Дмитрий Песков')).toBe(true);
    expect(sameSpeaker(null, 'UNKNOWN')).toBe(true);
    expect(sameSpeaker(null, 'John Kirby')).toBe(false);
  });
});
