import { describe, expect, it } from 'vitest';
import { localiseEntity } from '../../../src/catalog/localise-entity';
import { isIsoDate, isWebUrl } from '../../../src/catalog/note-source';
import { DEFAULT_CATALOG } from '../../../src/catalog/default-catalog';
import { parseCatalog, validateEntity } from '../../../src/catalog/parse-catalog';
import { compileMatcher } from '../../../src/matching/compile-matcher';
import { leadingTitleLength } from '../../../src/matching/title-rule';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('DEFAULT_CATALOG', () => {
  it('has the four agreed ids and kinds', () => {
    expect(DEFAULT_CATALOG.map((e) => [e.id, e.kind])).toEqual([
      ['xi', 'person'],
      ['putin', 'person'],
      ['kirby', 'person'],
      ['twelve-point-paper', 'document'],
    ]);
  });

  it('says who Kirby is and what the paper is', () => {
    const byId = Object.fromEntries(DEFAULT_CATALOG.map((e) => [e.id, e]));
    // He left the post on 20 January 2025: the card must not present him as the spokesman today.
    expect(byId.kirby?.role).toMatch(/^Former US National Security Council spokesman \(2022–2025\)/);
    expect(byId['twelve-point-paper']?.role).toMatch(/position paper of 24 February 2023 on a political settlement of the Ukraine crisis/);
  });

  it('passes its own parser and validation', () => {
    expect(parseCatalog(JSON.parse(JSON.stringify(DEFAULT_CATALOG)))).toEqual(DEFAULT_CATALOG);
    for (const entity of DEFAULT_CATALOG) expect(validateEntity(entity, DEFAULT_CATALOG)).toEqual([]);
  });

  it('gives every note a source a reader can open, with its date, in English, German and Russian', () => {
    for (const entity of DEFAULT_CATALOG) {
      expect(entity.notes.length, entity.id).toBeGreaterThan(1);
      expect(entity.roleTranslations?.de, entity.id).toBeTruthy();
      expect(entity.roleTranslations?.ru, entity.id).toMatch(/\p{Script=Cyrillic}/u);
      for (const note of entity.notes) {
        // Publisher and title, not internal wording.
        expect(note.source, note.text).toMatch(/^[^,]+, “.+”$/);
        expect(note.source).not.toMatch(/seed|public record/i);
        expect(isWebUrl(note.url ?? ''), note.text).toBe(true);
        expect(isIsoDate(note.date ?? ''), note.text).toBe(true);
        expect(note.translations?.de, note.text).toBeTruthy();
        expect(note.translations?.ru, note.text).toMatch(/\p{Script=Cyrillic}/u);
        // A note about an event names its date; the three languages give the same year.
        const year = note.date!.slice(0, 4);
        for (const text of [note.text, note.translations!.de!, note.translations!.ru!]) expect(text, note.text).toContain(year);
      }
    }
  });

  it('is shown in the reader’s language where it has a translation, in English elsewhere', () => {
    const xi = DEFAULT_CATALOG.find((entity) => entity.id === 'xi')!;
    expect(localiseEntity(xi, 'de-AT').role).toMatch(/^Staatspräsident/);
    expect(localiseEntity(xi, 'ru').notes[0]!.text).toMatch(/^Генеральный секретарь/);
    expect(localiseEntity(xi, 'ru').notes[0]!.url).toBe(xi.notes[0]!.url);
    expect(localiseEntity(xi, 'fr')).toBe(xi);
  });

  it('uses distinct colours that black text can be read on', () => {
    const colours = DEFAULT_CATALOG.map((e) => e.colour.toLowerCase());
    expect(new Set(colours).size).toBe(colours.length);
    for (const colour of colours) {
      expect(colour).toMatch(/^#[0-9a-f]{6}$/);
      expect((luminance(colour) + 0.05) / 0.05).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('finds each of its aliases in a sentence, attributed to its own entity', () => {
    const matcher = compileMatcher(DEFAULT_CATALOG);
    for (const entity of DEFAULT_CATALOG) {
      for (const alias of [...entity.aliases, ...entity.contextualAliases]) {
        // The first cue supports contextual aliases; Han text needs no spaces around it.
        const cue = (entity.cues[0] ?? '').replace(/\*$/, '');
        const text = `Report: ${alias} — ${cue}.`;
        // A titled alias ("President Xi") is found whole and marked on its name (title-rule.ts).
        const name = alias.slice(leadingTitleLength(alias));
        const found = matcher.findMentions(text).filter((m) => m.end === 'Report: '.length + alias.length);
        expect(found.map((m) => [m.entityId, m.text]), `${entity.id}: ${alias}`).toEqual([[entity.id, name]]);
      }
    }
  });
});
