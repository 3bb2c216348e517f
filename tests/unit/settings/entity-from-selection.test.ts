import { describe, expect, it } from 'vitest';
import { entityFromSelection, slugify } from '../../../src/settings/entity-from-selection';
import { readEntity } from '../../../src/settings/validate-watchlist';
import { makeEntity } from './entities';

describe('entityFromSelection', () => {
  it('makes an entity from a selected name, trimmed of quotes and punctuation', () => {
    const result = entityFromSelection('  „Wang   Yi“, ', []);
    expect(result).toMatchObject({ ok: true, entity: { id: 'wang-yi', label: 'Wang Yi', aliases: ['Wang Yi'], kind: 'person' } });
  });

  it('keeps names in any script and gives them a usable id', () => {
    const result = entityFromSelection('Сергей Лавров', []);
    expect(result.ok && result.entity.label).toBe('Сергей Лавров');
    // Ids are ASCII kebab-case, as the catalogue requires; the label keeps the real name.
    expect(result.ok && result.entity.id).toBe('entity');
    expect(slugify('Zoé Éloïse Müller')).toBe('zoe-eloise-muller');
    expect(slugify('!!!')).toBe('entity');
  });

  it('points to the entity that already has the name', () => {
    const watchlist = [makeEntity('putin', { aliases: ['Vladimir Putin'], contextualAliases: ['Putin'] })];
    expect(entityFromSelection('putin', watchlist)).toEqual({ ok: false, problem: 'already-watched', entityId: 'putin' });
  });

  it('makes entities the catalogue accepts', () => {
    const result = entityFromSelection('Сергей Лавров', []);
    expect(result.ok && readEntity(result.entity)).toEqual(result.ok && result.entity);
  });

  it('gives a new id when the natural one is taken', () => {
    const result = entityFromSelection('Xi', [makeEntity('xi', { label: 'Xi Jinping', aliases: ['Xi Jinping'] })]);
    expect(result.ok && result.entity.id).toBe('xi-2');
  });

  it('refuses empty selections and whole sentences', () => {
    expect(entityFromSelection(' “” ', [])).toEqual({ ok: false, problem: 'empty' });
    expect(entityFromSelection('word '.repeat(30), [])).toEqual({ ok: false, problem: 'too-long' });
  });
});
