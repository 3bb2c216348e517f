import { describe, expect, it } from 'vitest';
import { groupQuotesBySpeaker, isHighConfidence } from '../../../src/ui/popup/quote-groups';
import { SURE_CONFIDENCE } from '../../../src/quotes/confidence';
import { REPORT, WATCHLIST } from './fixtures';

describe('groupQuotesBySpeaker', () => {
  it('puts watchlist speakers first in watchlist order, then named speakers, then unknown ones', () => {
    const groups = groupQuotesBySpeaker(REPORT.quotes, WATCHLIST);
    expect(groups.map((group) => group.speaker)).toEqual(['Xi Jinping', 'John Kirby', 'An analyst', null]);
    expect(groups[0]?.role).toBe('President of China');
    expect(groups[1]?.role).toBe('White House spokesman');
  });

  it('filters to quotes about one entity', () => {
    const groups = groupQuotesBySpeaker(REPORT.quotes, WATCHLIST, 'xi');
    expect(groups.flatMap((group) => group.quotes.map((quote) => quote.text))).toEqual([
      'a journey of friendship and peace', 'We do not think a ceasefire now is fair', 'nothing new',
    ]);
    expect(groupQuotesBySpeaker(REPORT.quotes, WATCHLIST, 'putin')).toEqual([]);
  });

  it('marks confidence at the documented threshold', () => {
    expect(isHighConfidence({ confidence: SURE_CONFIDENCE })).toBe(true);
    expect(isHighConfidence({ confidence: SURE_CONFIDENCE - 0.01 })).toBe(false);
  });
});
