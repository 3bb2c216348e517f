import type { Entity } from '../../../src/catalog/entity';

/** A small valid entity for storage tests; `overrides` change any field. */
export function makeEntity(id: string, overrides: Partial<Entity> = {}): Entity {
  return {
    id,
    label: id.replace(/-/g, ' '),
    kind: 'person',
    aliases: [`${id} alias`],
    contextualAliases: [],
    cues: [],
    role: 'Test entity',
    colour: '#336699',
    notes: [],
    ...overrides,
  };
}
