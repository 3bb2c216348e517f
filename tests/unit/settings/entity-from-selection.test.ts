import { describe, expect, it } from 'vitest';
import { entityFromSelection, slugify } from '../../../src/settings/entity-from-selection';
import { makeEntity } from './entities';

describe('entityFromSelection', () => {
  it('makes an entity from a selected name, trimmed of quotes and punctuation', () => {
    const result = entityFromSelection('  „Wang   Yi“, ', []);
    expect(result).toMatchObject({ ok: true, entity: { id: 'wang-yi', label: 'Wang Yi', aliases: ['Wang Yi'], kind: 'person' } });
  });

  it('keeps names in any script and gives them a usable id', () => {
    const result = entityFromSelection('Сергей Лавров', []);
    expect(result.ok && result.entity.label).toBe('Сергей Лавров');
    expect(result.ok && result.entity.id).toBe('сергеи-лавров');
    expect(slugify('Małgorzata Gersdorf')).toBe('małgorzata-gersdorf');
    expect(slugify('!!!')).toBe('entity');
  });

  it('points to the entity that already has the name', () => {
    const watchlist = [makeEntity('putin', { aliases: ['Vladimir Putin'], contextualAliases: ['Putin'] })];
    expect(entityFromSelection('putin', watchlist)).toEqual({ ok: false, problem: 'already-watched', entityId: 'putin' });
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
