import { CatalogError } from './catalog-error';
import type { BackgroundNote, Catalog, Entity, EntityKind } from './entity';

export { CatalogError } from './catalog-error';
export { validateEntity } from './validate-entity';

const KINDS: readonly EntityKind[] = ['person', 'document', 'organisation'];
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
/** Longer than any real name or title; keeps a broken file from building a huge matcher. */
const MAX_PHRASE_LENGTH = 200;
/** Used when an imported entity has no colour of its own (Okabe–Ito, as the defaults). */
const FALLBACK_COLOURS = ['#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#F0E442', '#D55E00', '#0072B2'];

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `entity 2 ("putin")`, for messages; the id is shortened and kept on one line. */
function describe(index: number, raw: Fields): string {
  const id = typeof raw.id === 'string' && raw.id.trim() !== '' ? ` (${JSON.stringify(raw.id.slice(0, 40))})` : '';
  return `Catalogue entity ${index + 1}${id}`;
}

function text(raw: Fields, field: string, where: string, options: { optional?: boolean; fallback?: string } = {}): string {
  const value = raw[field];
  if (value === undefined && (options.optional || options.fallback !== undefined)) return options.fallback ?? '';
  if (typeof value !== 'string') throw new CatalogError(`${where}: "${field}" must be a string.`);
  if (!options.optional && value.trim() === '') throw new CatalogError(`${where}: "${field}" is empty.`);
  return value.trim();
}

function phrases(raw: Fields, field: string, where: string, required: boolean): string[] {
  const value = raw[field];
  if (value === undefined && !required) return [];
  if (!Array.isArray(value)) throw new CatalogError(`${where}: "${field}" must be a list of strings.`);
  return value.map((item, i) => {
    if (typeof item !== 'string') throw new CatalogError(`${where}: "${field}" item ${i + 1} is not a string.`);
    const phrase = item.trim();
    if (phrase === '') throw new CatalogError(`${where}: "${field}" item ${i + 1} is empty.`);
    if (phrase.length > MAX_PHRASE_LENGTH) {
      throw new CatalogError(`${where}: "${field}" item ${i + 1} is longer than ${MAX_PHRASE_LENGTH} characters.`);
    }
    return phrase;
  });
}

function notes(raw: Fields, where: string): BackgroundNote[] {
  const value = raw.notes;
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new CatalogError(`${where}: "notes" must be a list of { "text", "source" } objects.`);
  return value.map((note, i) => {
    if (!isObject(note) || typeof note.text !== 'string' || note.text.trim() === '' || typeof note.source !== 'string') {
      throw new CatalogError(`${where}: "notes" item ${i + 1} needs a non-empty "text" and a "source" string.`);
    }
    return { text: note.text.trim(), source: note.source.trim() };
  });
}

function parseEntity(raw: unknown, index: number): Entity {
  if (!isObject(raw)) throw new CatalogError(`Catalogue entity ${index + 1} is not an object.`);
  const where = describe(index, raw);
  const id = text(raw, 'id', where);
  if (!ID_PATTERN.test(id)) {
    throw new CatalogError(`${where}: "id" must be lower-case letters, digits and single hyphens, like "twelve-point-paper".`);
  }
  const kind = raw.kind;
  if (typeof kind !== 'string' || !KINDS.includes(kind as EntityKind)) {
    throw new CatalogError(`${where}: "kind" must be one of ${KINDS.join(', ')}.`);
  }
  const colour = text(raw, 'colour', where, { fallback: FALLBACK_COLOURS[index % FALLBACK_COLOURS.length]! });
  if (!HEX_COLOUR.test(colour)) throw new CatalogError(`${where}: "colour" must be a hex colour like "#d14b3f".`);
  if (raw.enabled !== undefined && typeof raw.enabled !== 'boolean') {
    throw new CatalogError(`${where}: "enabled" must be true or false.`);
  }
  const entity: Entity = {
    id,
    label: text(raw, 'label', where),
    kind: kind as EntityKind,
    aliases: phrases(raw, 'aliases', where, true),
    contextualAliases: phrases(raw, 'contextualAliases', where, false),
    cues: phrases(raw, 'cues', where, false),
    role: text(raw, 'role', where, { optional: true }),
    colour,
    notes: notes(raw, where),
  };
  if (raw.excludedPhrases !== undefined) entity.excludedPhrases = phrases(raw, 'excludedPhrases', where, false);
  if (raw.references !== undefined) entity.references = phrases(raw, 'references', where, false);
  if (raw.enabled !== undefined) entity.enabled = raw.enabled as boolean;
  if (entity.aliases.length === 0 && entity.contextualAliases.length === 0) {
    throw new CatalogError(`${where}: has no aliases, so it could never be found.`);
  }
  return entity;
}

/**
 * Checks an imported or command-line catalogue: a list of entities, or `{ "entities": [...] }` as
 * the options page exports it. Missing optional fields get their defaults. Throws a CatalogError
 * naming the first entity and field that is wrong.
 */
export function parseCatalog(json: unknown): Catalog {
  const list = isObject(json) && 'entities' in json ? json.entities : json;
  if (!Array.isArray(list)) throw new CatalogError('Catalogue must be a list of entities (or { "entities": [...] }).');
  const seen = new Set<string>();
  return list.map((raw, index) => {
    const entity = parseEntity(raw, index);
    if (seen.has(entity.id)) throw new CatalogError(`Catalogue entity ${index + 1}: id "${entity.id}" is used twice.`);
    seen.add(entity.id);
    return entity;
  });
}
