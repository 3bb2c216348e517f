/**
 * The entity form's state as plain strings (what inputs hold), and its conversion back to an
 * entity with every problem a user should fix, in the catalogue's words.
 */
import { CatalogError } from '../../catalog/catalog-error';
import type { Entity, EntityKind } from '../../catalog/entity';
import { parseCatalog, validateEntity } from '../../catalog/parse-catalog';
import { NEW_ENTITY_COLOURS, slugify, uniqueId } from '../../settings/entity-from-selection';
import { t } from '../../i18n/strings';

export interface EntityDraft {
  /** Null for a new entity: its id is made from the name when saved. */
  id: string | null;
  label: string;
  kind: EntityKind;
  role: string;
  colour: string;
  aliases: string;
  contextualAliases: string;
  cues: string;
  notes: { text: string; source: string }[];
  enabled: boolean;
  /** Fields the form does not edit, carried through unchanged. */
  rest: Pick<Entity, 'excludedPhrases' | 'references'>;
}

export function draftFromEntity(entity: Entity): EntityDraft {
  return {
    id: entity.id,
    label: entity.label,
    kind: entity.kind,
    role: entity.role,
    colour: entity.colour,
    aliases: entity.aliases.join('\n'),
    contextualAliases: entity.contextualAliases.join('\n'),
    cues: entity.cues.join('\n'),
    notes: entity.notes.map((note) => ({ ...note })),
    enabled: entity.enabled !== false,
    rest: {
      ...(entity.excludedPhrases === undefined ? {} : { excludedPhrases: entity.excludedPhrases }),
      ...(entity.references === undefined ? {} : { references: entity.references }),
    },
  };
}

export function emptyDraft(watchlist: readonly Entity[], label = ''): EntityDraft {
  return {
    id: null,
    label,
    kind: 'person',
    role: '',
    colour: NEW_ENTITY_COLOURS[watchlist.length % NEW_ENTITY_COLOURS.length] ?? NEW_ENTITY_COLOURS[0],
    aliases: label,
    contextualAliases: '',
    cues: '',
    notes: [],
    enabled: true,
    rest: {},
  };
}

/**
 * `errors` make an entity unusable (the catalogue refuses it); `warnings` are the catalogue's
 * advice (an alias another entity uses, one too short to be safe without cues): the entity works,
 * less well, so the user may save anyway after reading them.
 */
export type DraftResult = { ok: true; entity: Entity; warnings: string[] } | { ok: false; errors: string[] };

/** The entity the draft describes, checked against the rest of the watchlist. */
export function entityFromDraft(draft: EntityDraft, watchlist: readonly Entity[]): DraftResult {
  const label = draft.label.trim();
  if (label === '') return { ok: false, errors: [t('problemNoLabel')] };
  const others = watchlist.filter((entity) => entity.id !== draft.id);
  const candidate = {
    id: draft.id ?? uniqueId(slugify(label), others),
    label,
    kind: draft.kind,
    role: draft.role.trim(),
    colour: draft.colour,
    aliases: lines(draft.aliases),
    contextualAliases: lines(draft.contextualAliases),
    cues: lines(draft.cues),
    // A note row left empty is an unused row, not an error.
    notes: draft.notes.filter((note) => note.text.trim() !== '' || note.source.trim() !== ''),
    ...draft.rest,
    ...(draft.enabled ? {} : { enabled: false }),
  };
  let entity: Entity;
  try {
    [entity] = parseCatalog([candidate]) as [Entity];
  } catch (error) {
    // The catalogue names the entity by its position in a file; in the form that is noise.
    if (error instanceof CatalogError) return { ok: false, errors: [error.message.replace(/^Catalogue entity 1(?: \([^)]*\))?:? ?/, '')] };
    throw error;
  }
  return { ok: true, entity, warnings: validateEntity(entity, others) };
}

function lines(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
}
