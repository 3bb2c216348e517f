/**
 * Watchlists nobody should have to write, but someone will import: regular-expression characters,
 * ten thousand aliases, a megabyte of notes, right-to-left scripts and emoji, markup in notes. Each
 * is read by `parseCatalog`, compiled by `compileMatcher` and matched literally. Speed figures come
 * from `bench/hostile.ts`, not from timers here.
 */
import { describe, expect, it } from 'vitest';
import { CatalogError, parseCatalog } from '../../../src/catalog/parse-catalog';
import { compileMatcher } from '../../../src/matching/compile-matcher';
import { seededRandom, syntheticWatchlist } from './synthetic-watchlist';

const person = (id: string, aliases: string[], extra: Record<string, unknown> = {}) => ({ id, label: id, kind: 'person', aliases, ...extra });

describe('aliases with regular-expression characters', () => {
  const aliases = ['C++', '(Xi)', 'a.b*c', '[Putin]', '$^|\\ ok', 'Xi?', 'Ring.*', '{1,3}', 'A|B', '.*'];
  const matcher = compileMatcher(parseCatalog([person('odd', aliases)]));

  it('matches each one literally', () => {
    const text = aliases.map((alias) => `Then ${alias} spoke.`).join(' ');
    expect(matcher.findMentions(text).map((m) => m.text)).toEqual(aliases);
  });

  it('never lets one act as a pattern', () => {
    expect(matcher.findMentions('axbbc, Ringo, Xi, Xii, AB, A or B, 11, anything at all')).toEqual([]);
  });
});

describe('right-to-left text and emoji', () => {
  const matcher = compileMatcher(parseCatalog([
    person('mbs', ['محمد بن سلمان']),
    person('bibi', ['נתניהו']),
    person('flag', ['🇺🇦', 'Zelensky 🇺🇦', '🐻 Bear', '👩🏽 Judge Amal']),
    person('judge', ['👩🏽\u200D⚖️ Judge Rana']),
  ]));

  it('finds Arabic and Hebrew names beside their punctuation and direction marks', () => {
    const found = matcher.findMentions('قال محمد بن سلمان، إن \u200Fאמר נתניהו.\u200F');
    expect(found.map((m) => [m.entityId, m.text])).toEqual([['mbs', 'محمد بن سلمان'], ['bibi', 'נתניהו']]);
  });

  it('finds emoji and names with emoji without cutting a surrogate pair', () => {
    const text = 'flag 🇺🇦 and Zelensky 🇺🇦 and 🐻 Bear and 👩🏽 Judge Amal, not 🇺 alone';
    const found = matcher.findMentions(text);
    expect(found.map((m) => m.text)).toEqual(['🇺🇦', 'Zelensky 🇺🇦', '🐻 Bear', '👩🏽 Judge Amal']);
    for (const mention of found) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  // The page text loses its zero-width joiners (text model and matcher); names must lose them too.
  it('finds an alias that contains an emoji joiner sequence', () => {
    const found = matcher.findMentions('Then 👩🏽\u200D⚖️ Judge Rana ruled.');
    expect(found.map((m) => m.entityId)).toEqual(['judge']);
  });
});

describe('notes', () => {
  it('keeps a one-megabyte note whole and leaves matching as it was', () => {
    const note = 'Putin '.repeat(Math.ceil(1_048_576 / 6)).slice(0, 1_048_576);
    const catalog = parseCatalog([person('putin', ['Putin'], { notes: [{ text: `x${note}x`, source: 'Pasted' }] })]);
    expect(catalog[0]!.notes[0]!.text.length).toBe(1_048_578);
    // Notes are shown, never matched: a page without the name has no mention.
    expect(compileMatcher(catalog).findMentions('Nothing about him here.')).toEqual([]);
    expect(compileMatcher(catalog).findMentions('Putin spoke.')).toHaveLength(1);
  });

  it('keeps markup in notes, labels and roles as plain text, not as markup', () => {
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const [entity] = parseCatalog([person('p', ['Putin'], { label: `${markup} Putin`, role: markup, notes: [{ text: markup, source: markup }] })]);
    expect(entity!.notes[0]).toEqual({ text: markup, source: markup });
    expect(entity!.label).toBe(`${markup} Putin`);
    expect(entity!.role).toBe(markup);
  });
});

describe('ten thousand aliases', () => {
  const { entities, owner } = syntheticWatchlist(10_000);
  const catalog = parseCatalog(entities);
  const matcher = compileMatcher(catalog);
  const aliases = [...owner.keys()];

  it('reads all of them', () => {
    expect(catalog.reduce((sum, entity) => sum + entity.aliases.length, 0)).toBe(10_000);
  });

  it('finds exactly the aliases a text contains, each with its entity, among filler that contains none', () => {
    const random = seededRandom(6);
    const fillers = ['The talks went on.', 'Nobody else was named, said the ministry.', 'Кремль молчал.', '— „Wir warten“, hieß es.', 'لا تعليق.'];
    const expected: { start: number; end: number; entityId: string; text: string }[] = [];
    let text = '';
    for (let i = 0; i < 2_000; i++) {
      text += `${fillers[Math.floor(random() * fillers.length)]!} `;
      const alias = aliases[Math.floor(random() * aliases.length)]!;
      expected.push({ start: text.length, end: text.length + alias.length, entityId: owner.get(alias)!, text: alias });
      text += `${alias}. `;
    }
    const found = matcher.findMentions(text);
    expect(found.length).toBe(expected.length);
    expect(found).toEqual(expected);
  });

  it('still matches case-insensitively where a name is long enough', () => {
    const alias = aliases.find((a) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(a))!;
    expect(matcher.findMentions(`met ${alias.toUpperCase()} today`).map((m) => m.entityId)).toEqual([owner.get(alias)]);
  });
});

describe('a name that is both one entity\'s alias and a case form of another\'s', () => {
  // "Лаврова" is one entity's exact name and the genitive of another's "Лавров": the name written so wins.
  it('gives it to the entity whose alias it is exactly, whatever the order of the watchlist', () => {
    const lavrov = person('lavrov', ['Сергей Лавров', 'Лавров']);
    const lavrova = person('lavrova', ['Лаврова']);
    for (const catalog of [[lavrov, lavrova], [lavrova, lavrov]]) {
      const found = compileMatcher(parseCatalog(catalog)).findMentions('Сказала Лаврова.');
      expect(found.map((m) => m.entityId)).toEqual(['lavrova']);
    }
  });
});

describe('what parseCatalog refuses', () => {
  it('an alias longer than any name, with a message that says which', () => {
    expect(() => parseCatalog([person('long', ['x'.repeat(5_000)])])).toThrow(CatalogError);
    expect(() => parseCatalog([person('long', ['x'.repeat(5_000)])])).toThrow(/aliases.*item 1/);
  });
});
