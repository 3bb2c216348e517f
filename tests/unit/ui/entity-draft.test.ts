import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../../../src/catalog/default-catalog';
import { draftFromEntity, emptyDraft, entityFromDraft } from '../../../src/ui/options/entity-draft';
import { WATCHLIST } from './fixtures';

describe('entity drafts', () => {
  it('round-trip every default entity unchanged', () => {
    for (const entity of DEFAULT_CATALOG) {
      expect(entityFromDraft(draftFromEntity(entity), DEFAULT_CATALOG)).toMatchObject({ ok: true, entity });
    }
  });

  it('make a new entity with an id from its name, one alias per line, blank lines ignored', () => {
    const draft = { ...emptyDraft(WATCHLIST, 'Wang Yi'), aliases: 'Wang Yi\n\n  Ван И  \n', role: ' Foreign minister ' };
    const result = entityFromDraft(draft, WATCHLIST);
    expect(result).toMatchObject({ ok: true, entity: { id: 'wang-yi', label: 'Wang Yi', aliases: ['Wang Yi', 'Ван И'], role: 'Foreign minister' } });
  });

  it('refuse what cannot work: no name, no alias, a colour that is not one', () => {
    expect(entityFromDraft({ ...emptyDraft(WATCHLIST), label: '  ' }, WATCHLIST)).toEqual({ ok: false, errors: ['The name is empty.'] });
    const noAlias = entityFromDraft({ ...emptyDraft(WATCHLIST, 'Nobody'), aliases: '' }, WATCHLIST);
    expect(noAlias).toEqual({ ok: false, errors: ['has no aliases, so it could never be found.'] });
    const badColour = entityFromDraft({ ...emptyDraft(WATCHLIST, 'Red'), colour: 'red; background: url(x)' }, WATCHLIST);
    expect(!badColour.ok && badColour.errors.join(' ')).toMatch(/hex colour/);
  });

  it('warn about an alias another entity uses and a short alias without cues', () => {
    const taken = entityFromDraft({ ...emptyDraft(WATCHLIST, 'Copy'), aliases: 'Vladimir Putin' }, WATCHLIST);
    expect(taken.ok && taken.warnings.join(' ')).toMatch(/already used by “Vladimir Putin”/);
    const short = entityFromDraft({ ...emptyDraft(WATCHLIST, 'UN'), aliases: 'UN' }, WATCHLIST);
    expect(short.ok && short.warnings.join(' ')).toMatch(/short enough to turn up by accident/);
  });

  it('keep an edited entity’s id and its disabled state', () => {
    const draft = { ...draftFromEntity(WATCHLIST[1]!), role: 'Changed', enabled: false };
    expect(entityFromDraft(draft, WATCHLIST)).toMatchObject({ ok: true, entity: { id: 'putin', role: 'Changed', enabled: false } });
  });
});
