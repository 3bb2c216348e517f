/**
 * A stored watchlist is untrusted (an older version, a sync conflict, a damaged chunk). Each
 * entity is checked on its own with the catalogue's parser, so one damaged entity is dropped and
 * the rest of the user's watchlist survives.
 */
import type { Entity } from '../catalog/entity';
import { parseCatalog } from '../catalog/parse-catalog';
import type { Validated } from './validate-settings';

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

/** The entity if `raw` is a valid one (as the catalogue defines it), else null. */
export function readEntity(raw: unknown): Entity | null {
  try {
    return parseCatalog([raw])[0] ?? null;
  } catch {
    return null;
  }
}
