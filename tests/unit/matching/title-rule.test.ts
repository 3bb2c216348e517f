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

describe('the title regex, its stems grouped (fast to compile in a fresh page)', () => {
  // The rule written plainly, a `\p{L}*` on each stem, in the order the titles were first listed.
  const PLAIN_TITLES = [
    'President', 'Mr\\.?', 'Mrs\\.?', 'Ms\\.?', 'Dr\\.?', 'Chairman', 'General Secretary', 'Chinese leader', 'Premier',
    'Prime Minister', 'Chancellor', 'Secretary', 'Rear Admiral', 'Admiral', 'Spokesman', 'Spokesperson',
    'Präsident\\p{L}*', 'Staatspräsident\\p{L}*', 'Staatschef\\p{L}*', 'Parteichef\\p{L}*', 'Kremlchef\\p{L}*',
    'Konteradmiral\\p{L}*', 'Admiral\\p{L}*', 'Herr\\p{L}*', 'Kanzler\\p{L}*',
    'Председател\\p{L}* КНР', 'председател\\p{L}*', 'голов\\p{L}* КНР', 'президент\\p{L}*', 'адмирал\\p{L}*', 'адмірал\\p{L}*',
    'господин\\p{L}*', 'пан',
  ];
  const plain = new RegExp(`^(?:(?:${PLAIN_TITLES.join('|')})\\s+)+`, 'iu');
  const plainLength = (phrase: string) => {
    const title = plain.exec(phrase)?.[0];
    return !title || title.length >= phrase.trimEnd().length ? 0 : title.length;
  };
  const openings = [
    'President', 'PRESIDENT', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms', 'Dr.', 'Admiral', 'Admirals', 'Rear Admiral', 'General Secretary',
    'Präsidenten', 'Staatspräsidentin', 'Herr', 'Herrn', 'Herrschaft', 'Kremlchefs', 'Konteradmiral', 'Kanzlerin',
    'Председателя КНР', 'председатель', 'Председателю', 'главы КНР', 'голова КНР', 'голова', 'президента', 'адмірала',
    'господина', 'пан', 'пани', 'Mr.Putin', 'Präsident\u0345', 'ſecretary', '', 'Xi', 'Russian',
  ];
  const gaps = [' ', '  ', '\u00A0', '\n', ''];
  const phrases: string[] = [];
  for (const first of openings) {
    for (const second of ['', ...openings.slice(0, 12), 'Председателя КНР']) {
      for (const gap of gaps) phrases.push(`${first}${gap}${second}${second ? ' ' : ''}Xi Jinping`, `${first}${gap}${second}`);
    }
  }

  it('gives every phrase the title length the plain rule gives', () => {
    const differing = phrases.filter((phrase) => leadingTitleLength(phrase) !== plainLength(phrase));
    expect(differing).toEqual([]);
    // The phrases hold titles of every kind, and phrases without any.
    expect(phrases.filter((phrase) => plainLength(phrase) > 0).length).toBeGreaterThan(1000);
    expect(phrases.filter((phrase) => plainLength(phrase) === 0).length).toBeGreaterThan(500);
  });
});
