import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/catalog/entity';
import { CatalogError, parseCatalog, validateEntity } from '../../../src/catalog/parse-catalog';
import { compileMatcher } from '../../../src/matching/compile-matcher';

const minimal = { id: 'scholz', label: 'Olaf Scholz', kind: 'person', aliases: ['Olaf Scholz', 'Scholz'] };

function entity(fields: Partial<Entity>): Entity {
  return { id: 'x', label: 'X', kind: 'person', aliases: [], contextualAliases: [], cues: [], role: '', colour: '#000000', notes: [], ...fields };
}

function errorOf(json: unknown): string {
  try {
    parseCatalog(json);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError);
    return (error as Error).message;
  }
  throw new Error('parseCatalog accepted a broken catalogue');
}

describe('parseCatalog', () => {
  it('fills in optional fields', () => {
    const [scholz] = parseCatalog([minimal]);
    expect(scholz).toMatchObject({ contextualAliases: [], cues: [], role: '', notes: [] });
    expect(scholz?.colour).toMatch(/^#[0-9A-F]{6}$/i);
  });

  it('keeps a note’s source address, date and translations, and the role’s translations', () => {
    const note = {
      text: 'Chancellor from 2021 to 2025.', source: 'Bundesregierung, “Olaf Scholz”', url: 'https://www.bundesregierung.de/',
      date: '2025-05-06', translations: { de: 'Kanzler von 2021 bis 2025.', ru: 'Канцлер с 2021 по 2025 год.' },
    };
    const [scholz] = parseCatalog([{ ...minimal, notes: [note], roleTranslations: { de: 'Altkanzler' } }]);
    expect(scholz?.notes).toEqual([note]);
    expect(scholz?.roleTranslations).toEqual({ de: 'Altkanzler' });
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['a script address', { url: 'javascript:alert(1)' }, /"url" must be an http or https address/],
    ['a relative address', { url: '/about' }, /"url" must be an http or https address/],
    ['a date that does not exist', { date: '2023-02-30' }, /"date" must be a date like/],
    ['a language Dossier does not show', { translations: { fr: 'Chancelier' } }, /"fr" is not one of de, ru/],
    ['an empty translation', { translations: { ru: ' ' } }, /"ru" must be a non-empty string/],
  ])('refuses a note with %s', (_case, fields, message) => {
    expect(errorOf([{ ...minimal, notes: [{ text: 'A fact.', source: 'Someone, “Something”', ...fields }] }])).toMatch(message);
  });

  it('accepts the exported { entities } shape', () => {
    expect(parseCatalog({ entities: [minimal] }).map((e) => e.id)).toEqual(['scholz']);
  });

  it.each<[string, unknown, RegExp]>([
    ['not a list', { foo: 1 }, /must be a list of entities/],
    ['entity not an object', [minimal, 'Putin'], /^Watchlist entity 2 is not an object\.$/],
    ['missing id', [{ ...minimal, id: undefined }], /entity 1: "id" must be a string/],
    ['bad id', [{ ...minimal, id: 'Olaf Scholz' }], /entity 1 \("Olaf Scholz"\): "id" must be lower-case/],
    ['duplicate id', [minimal, minimal], /entity 2: id "scholz" is used twice/],
    ['bad kind', [{ ...minimal, kind: 'politician' }], /\("scholz"\): "kind" must be one of person, document, organisation/],
    ['aliases not a list', [{ ...minimal, aliases: 'Scholz' }], /\("scholz"\): "aliases" must be a list of strings/],
    ['empty alias', [{ ...minimal, aliases: ['Scholz', '  '] }], /\("scholz"\): "aliases" item 2 is empty/],
    ['non-string cue', [{ ...minimal, cues: ['Berlin', 3] }], /\("scholz"\): "cues" item 2 is not a string/],
    ['no aliases at all', [{ ...minimal, aliases: [] }], /\("scholz"\): has no aliases/],
    ['bad colour', [{ ...minimal, colour: 'red; background: url(x)' }], /\("scholz"\): "colour" must be a hex colour/],
    ['bad note', [{ ...minimal, notes: [{ text: 'Chancellor' }] }], /\("scholz"\): "notes" item 1 needs/],
    ['enabled not boolean', [{ ...minimal, enabled: 'yes' }], /\("scholz"\): "enabled" must be true or false/],
    ['id with a line break', [{ ...minimal, id: 'a\nb' }], /\("a\\nb"\)/],
  ])('rejects %s with one line naming the entity and field', (_case, json, message) => {
    const text = errorOf(json);
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });
});

describe('validateEntity', () => {
  const putin = entity({ id: 'putin', label: 'Vladimir Putin', aliases: ['Vladimir Putin', 'Putin'] });

  it('finds nothing wrong with a sound entity', () => {
    expect(validateEntity(putin, [putin])).toEqual([]);
  });

  it('reports an empty alias', () => {
    expect(validateEntity({ ...putin, aliases: ['Putin', ' '] }, [])).toEqual(['An alias is empty.']);
  });

  it('reports an alias another entity already uses, however it is spaced or cased', () => {
    const other = entity({ id: 'dup', label: 'Duplicate', aliases: ['vladimir  PUTIN'] });
    expect(validateEntity(other, [putin, other])).toEqual(['Alias "vladimir  PUTIN" is already used by “Vladimir Putin”.']);
  });

  it('suggests a contextual alias for a short one, but not for two Chinese characters', () => {
    const xi = entity({ id: 'xi', label: 'Xi Jinping', aliases: ['Xi', '习近平', '普京'] });
    const problems = validateEntity(xi, []);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/"Xi" is short enough .* make it a contextual alias and add cues/);
    expect(validateEntity({ ...xi, aliases: ['习近平'], contextualAliases: ['Xi'], cues: ['China'] }, [])).toEqual([]);
  });

  it('reports aliases without letters and entities that can never be found', () => {
    expect(validateEntity(entity({ aliases: ['!!!'] }), [])).toEqual([
      'Alias "!!!" has no letters or digits and would match punctuation anywhere.',
    ]);
    expect(validateEntity(entity({ contextualAliases: ['Kirby'] }), [])).toEqual([
      'It has only contextual aliases and no cues, so it can never be found: add cues or a full alias.',
    ]);
  });

  it('keeps odd characters safe from parsing to matching', () => {
    const [odd] = parseCatalog([
      { id: 'odd', label: 'Odd', kind: 'organisation', aliases: ['(.*)+ [a-z]{2,} \\d', 'ماكرون', '🦊 Fox'] },
    ]);
    const matcher = compileMatcher([odd!]);
    expect(matcher.findMentions('aaaa bbbb ماكرون 🦊 Fox (.*)+ [a-z]{2,} \\d').map((m) => m.text)).toEqual([
      'ماكرون',
      '🦊 Fox',
      '(.*)+ [a-z]{2,} \\d',
    ]);
  });
});
