/**
 * Structural check of a stored watchlist. Storage can hold anything (an older version, a sync
 * conflict, a broken chunk); a damaged entity is dropped on its own so the rest of the user's
 * watchlist survives. Whether aliases are *sensible* is the catalogue's job (validateEntity); this
 * only guarantees the shape every reader of the watchlist relies on.
 */
import type { BackgroundNote, Entity, EntityKind } from '../catalog/entity';
import { isRecord, type Validated } from './validate-settings';

const KINDS: readonly EntityKind[] = ['person', 'document', 'organisation'];

export function validateWatchlist(raw: unknown): Validated<Entity[]> & { dropped: number } {
  if (!Array.isArray(raw)) return { value: [], repaired: raw == null ? [] : ['watchlist'], dropped: 0 };
  const seen = new Set<string>();
  const value: Entity[] = [];
  let dropped = 0;
  for (const item of raw) {
    const entity = readEntity(item);
    // Two entries with one id would make every lookup by id ambiguous; the first one stays.
    if (entity === null || seen.has(entity.id)) {
      dropped += 1;
      continue;
    }
    seen.add(entity.id);
    value.push(entity);
  }
  return { value, repaired: dropped > 0 ? ['watchlist'] : [], dropped };
}

/** The entity if `raw` has the shape of one, else null. Unknown extra fields are left out. */
export function readEntity(raw: unknown): Entity | null {
  if (!isRecord(raw)) return null;
  const { id, label, kind, role, colour } = raw;
  if (typeof id !== 'string' || id.trim() === '' || typeof label !== 'string') return null;
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) return null;
  const aliases = readStrings(raw.aliases);
  const contextualAliases = readStrings(raw.contextualAliases ?? []);
  const cues = readStrings(raw.cues ?? []);
  const notes = readNotes(raw.notes ?? []);
  if (aliases === null || contextualAliases === null || cues === null || notes === null) return null;
  const entity: Entity = {
    id,
    label,
    kind: kind as EntityKind,
    aliases,
    contextualAliases,
    cues,
    role: typeof role === 'string' ? role : '',
    colour: typeof colour === 'string' && isCssHexColour(colour) ? colour : '#888888',
    notes,
  };
  if (raw.enabled === false) entity.enabled = false;
  return entity;
}

/** Highlight colours are stored as `#rgb` or `#rrggbb`: the colour input writes them, and they can't smuggle CSS. */
export function isCssHexColour(value: string): boolean {
  return /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value);
}

function readStrings(raw: unknown): string[] | null {
  if (!Array.isArray(raw) || !raw.every((item) => typeof item === 'string')) return null;
  return [...(raw as string[])];
}

function readNotes(raw: unknown): BackgroundNote[] | null {
  if (!Array.isArray(raw)) return null;
  const notes: BackgroundNote[] = [];
  for (const item of raw) {
    if (!isRecord(item) || typeof item.text !== 'string') return null;
    notes.push({ text: item.text, source: typeof item.source === 'string' ? item.source : '' });
  }
  return notes;
}
