/**
 * A new watchlist entity from text the user selected on a page (context menu "Add … to the
 * watchlist"). The user refines kind, role and aliases in the options page afterwards; here we
 * only make sure the name is usable and not watched already.
 */
import type { Entity } from '../catalog/entity';

/** Longer selections are sentences, not names. */
export const MAX_NAME_LENGTH = 80;

/** Highlight colours handed out in turn to new entities: distinct from each other, readable with dark text. */
export const NEW_ENTITY_COLOURS = ['#f2c14e', '#7ec4cf', '#b5d99c', '#f4a6a6', '#c3b1e1', '#f7b267', '#9ad0ec', '#e2c391'] as const;

export type NewEntityResult =
  | { ok: true; entity: Entity }
  | { ok: false; problem: 'empty' | 'too-long' }
  | { ok: false; problem: 'already-watched'; entityId: string };

export function entityFromSelection(selection: string, watchlist: readonly Entity[]): NewEntityResult {
  const name = selection.replace(/\s+/g, ' ').trim().replace(/^[„“”"'«‹»›([]+|[„“”"'«‹»›)\].,;:!?]+$/gu, '');
  if (name === '') return { ok: false, problem: 'empty' };
  if ([...name].length > MAX_NAME_LENGTH) return { ok: false, problem: 'too-long' };

  const key = name.toLocaleLowerCase();
  const owner = watchlist.find((entity) =>
    [entity.label, ...entity.aliases, ...entity.contextualAliases].some((alias) => alias.toLocaleLowerCase() === key),
  );
  if (owner) return { ok: false, problem: 'already-watched', entityId: owner.id };

  return {
    ok: true,
    entity: {
      id: uniqueId(slugify(name), watchlist),
      label: name,
      kind: 'person',
      aliases: [name],
      contextualAliases: [],
      cues: [],
      role: '',
      colour: NEW_ENTITY_COLOURS[watchlist.length % NEW_ENTITY_COLOURS.length] ?? NEW_ENTITY_COLOURS[0],
      notes: [],
    },
  };
}

/**
 * Kebab-case id as the catalogue requires (a–z, digits, hyphens): Latin letters lose their
 * accents; names in other scripts get a generic id (the label keeps the real name).
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'entity' : slug;
}

export function uniqueId(base: string, watchlist: readonly Entity[]): string {
  const taken = new Set(watchlist.map((entity) => entity.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
