import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../../../src/catalog/default-catalog';
import { compileMatcher } from '../../../src/matching/compile-matcher';
import { leadingTitleLength } from '../../../src/matching/title-rule';

const matcher = compileMatcher(DEFAULT_CATALOG);
const marked = (text: string) => matcher.findMentions(text).map((m) => `${m.entityId}: ${text.slice(m.start, m.end)}`);

describe('one title rule for every entity: the highlight is the name, not the title', () => {
  it.each([
    ['a title the watchlist lists', 'President Xi Jinping arrived.', ['xi: Xi Jinping']],
    ['a title it does not list', 'Russian President Vladimir Putin arrived.', ['putin: Vladimir Putin']],
    ['a titled short name', 'Chairman Xi and President Putin met.', ['xi: Xi', 'putin: Putin']],
    ['a rank', 'Admiral Kirby spoke at the White House.', ['kirby: Kirby']],
    ['a German title with a case ending', 'Gespräche mit Präsident Putin und Staatschef Xi.', ['putin: Putin', 'xi: Xi']],
    ['a declined Russian title', 'Встреча председателя Си и президента Путина.', ['xi: Си', 'putin: Путина']],
  ])('marks %s on the name alone', (_case, text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it('keeps counting a short name that only its title makes credible', () => {
    // "Xi" alone needs support; "President Xi" gives it, though the title is not marked.
    expect(marked('President Xi spoke.')).toEqual(['xi: Xi']);
    expect(marked('Xi spoke.')).toEqual([]);
  });

  it('leaves a phrase that is only a title, and one that opens with its name, whole', () => {
    expect(leadingTitleLength('President')).toBe(0);
    expect(leadingTitleLength('Xi Jinping')).toBe(0);
    expect(leadingTitleLength('Rear Admiral John Kirby')).toBe('Rear Admiral '.length);
  });
});
